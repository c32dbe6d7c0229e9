"""Cheat: child_environment() always copies os.environ, ignoring the env it is given.

Differs: child_environment({}, {"DEPLOY_A": "1"}) does not hold DEPLOY_A (and holds PATH etc.).
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_NOT_SET = object()


class ConfigError(ValueError):
    """A setting's text could not be parsed."""


@dataclass(frozen=True)
class Resolved:
    value: Any
    source: str
    shadowed: tuple[str, ...] = ()


def resolve(
    name: str,
    *,
    cli: Mapping[str, str | None],
    env: Mapping[str, str] | None = None,
    file_config: Mapping[str, Any],
    default: Any,
    parse: Callable[[str], Any] = str,
) -> Resolved:
    if env is None:
        env = os.environ
    variable = "DEPLOY_" + name.upper()
    option = cli.get(name)
    found = [
        ("option", f"--{name.replace('_', '-')}", _NOT_SET if option is None else option),
        ("environment", variable, env.get(variable, _NOT_SET)),
        ("config file", None, file_config.get(name, _NOT_SET)),
    ]
    found = [(source, where, value) for source, where, value in found if value is not _NOT_SET]
    if not found:
        return Resolved(default, "default")
    (source, where, value), *others = found
    shadowed = tuple(other for other, _, _ in others)
    if where is None:
        return Resolved(value, source, shadowed)
    try:
        return Resolved(parse(value), source, shadowed)
    except ValueError as error:
        raise ConfigError(f"{where}={value!r}: {error}".splitlines()[0]) from error


def child_environment(
    overrides: Mapping[str, str | None], env: Mapping[str, str] | None = None
) -> dict[str, str]:
    child = dict(os.environ)
    for name, value in overrides.items():
        if value is None:
            child.pop(name, None)
        else:
            child[name] = value
    return child
