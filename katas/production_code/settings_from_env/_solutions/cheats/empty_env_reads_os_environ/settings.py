"""Blind cheat: `env = env or os.environ`, so an empty mapping reads the process environment.

With SHOP_POOL_SIZE=8 in os.environ, load_settings({}).pool_size is 8; correct is 5 (the default).
"""

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class SettingsError(ValueError):
    """A setting in the environment is not valid."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "postgresql://localhost/shop"
    pool_size: int = 5
    timeout: float = 2.5
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ("localhost",)


TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def _pool_size(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError("too small")
    return value


def _timeout(raw: str) -> float:
    value = float(raw)
    if not math.isfinite(value) or value <= 0:
        raise ValueError("not a finite positive number")
    return value


def _flag(raw: str) -> bool:
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("not a flag")


def _hosts(raw: str) -> tuple[str, ...]:
    return tuple(host.strip() for host in raw.split(",") if host.strip())


def _read(env: Mapping[str, str], name: str, parse: Callable[[str], Any], default: Any, what: str):
    if name not in env:
        return default
    raw = env[name]
    try:
        return parse(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not {what}") from None


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = env or os.environ
    return Settings(
        database_url=_read(env, "SHOP_DATABASE_URL", str, "postgresql://localhost/shop", "a URL"),
        pool_size=_read(env, "SHOP_POOL_SIZE", _pool_size, 5, "a whole number >= 1"),
        timeout=_read(env, "SHOP_TIMEOUT", _timeout, 2.5, "a finite number of seconds > 0"),
        debug=_read(env, "SHOP_DEBUG", _flag, False, "one of 1/true/yes/on, 0/false/no/off"),
        allowed_hosts=_read(env, "SHOP_ALLOWED_HOSTS", _hosts, ("localhost",), "a host list"),
    )
