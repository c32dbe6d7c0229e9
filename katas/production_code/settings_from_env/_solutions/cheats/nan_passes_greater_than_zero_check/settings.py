"""Cheat: checks `seconds <= 0` only, so nan and inf are accepted as timeouts.

Differs: load_settings({"SHOP_TIMEOUT": "nan"}) returns timeout=nan (should raise SettingsError).
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off"}


class SettingsError(ValueError):
    """A setting in the environment is not valid."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "postgresql://localhost/shop"
    pool_size: int = 5
    timeout: float = 2.5
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ("localhost",)


def parse_pool_size(text: str) -> int:
    size = int(text)
    if size < 1:
        raise ValueError
    return size


def parse_timeout(text: str) -> float:
    seconds = float(text)
    if seconds <= 0:
        raise ValueError
    return seconds


def parse_flag(text: str) -> bool:
    word = text.strip().lower()
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    raise ValueError


def parse_hosts(text: str) -> tuple[str, ...]:
    return tuple(host.strip() for host in text.split(",") if host.strip())


def read(
    env: Mapping[str, str], name: str, parse: Callable[[str], T], default: T, expected: str
) -> T:
    if name not in env:
        return default
    value = env[name]
    try:
        return parse(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not {expected}") from None


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    if env is None:
        env = os.environ
    defaults = Settings()
    return Settings(
        database_url=read(env, "SHOP_DATABASE_URL", str, defaults.database_url, "a URL"),
        pool_size=read(
            env, "SHOP_POOL_SIZE", parse_pool_size, defaults.pool_size, "a whole number >= 1"
        ),
        timeout=read(
            env, "SHOP_TIMEOUT", parse_timeout, defaults.timeout, "a number of seconds > 0"
        ),
        debug=read(
            env, "SHOP_DEBUG", parse_flag, defaults.debug, "one of 1/true/yes/on, 0/false/no/off"
        ),
        allowed_hosts=read(
            env, "SHOP_ALLOWED_HOSTS", parse_hosts, defaults.allowed_hosts, "a list"
        ),
    )
