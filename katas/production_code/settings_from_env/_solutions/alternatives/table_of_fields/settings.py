"""Alternative: a table of (variable, field, parser); every bad value is reported at once.

The parsers raise SettingsError with their own wording; load_settings collects
the problems and raises one SettingsError listing them all on one line.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

FLAGS = {"1": True, "true": True, "yes": True, "on": True}
FLAGS |= {"0": False, "false": False, "no": False, "off": False}


class SettingsError(ValueError):
    """A setting in the environment is not valid."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "postgresql://localhost/shop"
    pool_size: int = 5
    timeout: float = 2.5
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ("localhost",)


def positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise SettingsError("must be a whole number of 1 or more")
    return number


def positive_seconds(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if math.isnan(number) or math.isinf(number) or number <= 0:
        raise SettingsError("must be a finite number of seconds above 0")
    return number


def flag(text: str) -> bool:
    try:
        return FLAGS[text.strip().lower()]
    except KeyError:
        raise SettingsError(f"must be one of {', '.join(FLAGS)}") from None


def host_list(text: str) -> tuple[str, ...]:
    stripped = (item.strip() for item in text.split(","))
    return tuple(item for item in stripped if item)


SPEC: list[tuple[str, str, Callable[[str], Any]]] = [
    ("SHOP_DATABASE_URL", "database_url", str),
    ("SHOP_POOL_SIZE", "pool_size", positive_int),
    ("SHOP_TIMEOUT", "timeout", positive_seconds),
    ("SHOP_DEBUG", "debug", flag),
    ("SHOP_ALLOWED_HOSTS", "allowed_hosts", host_list),
]


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    source = os.environ if env is None else env
    values: dict[str, Any] = {}
    problems: list[str] = []
    for variable, field, parse in SPEC:
        if variable not in source:
            continue
        raw = source[variable]
        try:
            values[field] = parse(raw)
        except SettingsError as problem:
            problems.append(f"{variable}={raw!r} {problem}")
    if problems:
        raise SettingsError("bad settings: " + "; ".join(problems))
    return Settings(**values)
