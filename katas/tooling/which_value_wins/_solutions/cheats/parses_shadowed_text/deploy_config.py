"""Blind cheat: parses the text of every place that has it, so bad shadowed text raises.

resolve("replicas", cli={"replicas": "3"}, env={"DEPLOY_REPLICAS": "x"}, file_config={},
default=1, parse=int) raises ConfigError; correct gives Resolved(3, "option", ("environment",)).
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class ConfigError(ValueError):
    """A setting's text could not be parsed."""


@dataclass(frozen=True)
class Resolved:
    value: Any
    source: str
    shadowed: tuple[str, ...] = ()


def _parse(parse: Callable[[str], Any], text: str, where: str) -> Any:
    try:
        return parse(text)
    except ValueError:
        raise ConfigError(f"{where}={text!r} is not a valid value") from None


def resolve(
    name: str,
    *,
    cli: Mapping[str, str | None],
    env: Mapping[str, str] | None = None,
    file_config: Mapping[str, Any],
    default: Any,
    parse: Callable[[str], Any] = str,
) -> Resolved:
    env = os.environ if env is None else env
    variable = "DEPLOY_" + name.upper()
    option = "--" + name.replace("_", "-")
    found: list[tuple[str, Any]] = []
    if cli.get(name) is not None:
        found.append(("option", _parse(parse, cli[name], option)))
    if variable in env:
        found.append(("environment", _parse(parse, env[variable], variable)))
    if name in file_config:
        found.append(("config file", file_config[name]))
    if not found:
        return Resolved(default, "default")
    (source, value), rest = found[0], found[1:]
    return Resolved(value, source, tuple(place for place, _ in rest))


def child_environment(
    overrides: Mapping[str, str | None], env: Mapping[str, str] | None = None
) -> dict[str, str]:
    child = dict(os.environ if env is None else env)
    for name, value in overrides.items():
        if value is None:
            child.pop(name, None)
        else:
            child[name] = value
    return child
