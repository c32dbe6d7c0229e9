"""Alternative: the places as a chain of small lookups that return (found, text);
one loop picks the winner, and the child's environment is one dict comprehension."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


class ConfigError(ValueError):
    """A setting's text could not be parsed."""


@dataclass(frozen=True)
class Resolved:
    value: Any
    source: str
    shadowed: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Place:
    source: str
    label: str | None  # how an error names it; None: typed already, never parsed
    lookup: Callable[[], tuple[bool, Any]]


def resolve(
    name: str,
    *,
    cli: Mapping[str, str | None],
    env: Mapping[str, str] | None = None,
    file_config: Mapping[str, Any],
    default: Any,
    parse: Callable[[str], Any] = str,
) -> Resolved:
    environment = os.environ if env is None else env
    variable = f"DEPLOY_{name.upper()}"
    chain = [
        Place(
            "option",
            "--" + name.replace("_", "-"),
            lambda: (cli.get(name) is not None, cli.get(name)),
        ),
        Place(
            "environment", variable, lambda: (variable in environment, environment.get(variable))
        ),
        Place("config file", None, lambda: (name in file_config, file_config.get(name))),
    ]
    hits = [(place, value) for place in chain for found, value in [place.lookup()] if found]
    if not hits:
        return Resolved(default, "default")
    (place, value), rest = hits[0], hits[1:]
    shadowed = tuple(other.source for other, _ in rest)
    if place.label is None:
        return Resolved(value, place.source, shadowed)
    try:
        parsed = parse(value)
    except ValueError as error:
        first_line = str(error).partition("\n")[0]
        raise ConfigError(f"cannot use {place.label}={value!r} ({first_line})") from error
    return Resolved(parsed, place.source, shadowed)


def child_environment(
    overrides: Mapping[str, str | None], env: Mapping[str, str] | None = None
) -> dict[str, str]:
    base = dict(os.environ) if env is None else dict(env)
    merged: dict[str, str | None] = {**base, **overrides}
    return {name: value for name, value in merged.items() if value is not None}
