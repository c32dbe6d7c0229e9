"""Cheat: looks before it leaps, and makes up a KeyError to raise `from`.

The classes, attributes and messages are right, and __cause__ is a KeyError
naming the key. But it is a new KeyError, never raised: its traceback is
empty, and it is not the error that reading raw[key] raised, which a reader
of the traceback would want to see.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    timeout: float


class ConfigError(Exception):
    """Anything wrong with a config file. Callers catch this one class."""


class MissingSetting(ConfigError):
    """A required setting is not in the file."""

    def __init__(self, key: str, path: str) -> None:
        super().__init__(f"{path}: missing setting {key!r}")
        self.key = key
        self.path = path


class InvalidSetting(ConfigError):
    """A setting whose text is not a valid value. Keeps key, path and value."""

    def __init__(self, key: str, path: str, value: str) -> None:
        super().__init__(f"{path}: bad value {value!r} for setting {key!r}")
        self.key = key
        self.path = path
        self.value = value


def _setting(path: str, raw: Mapping[str, str], key: str, convert: Callable[[str], T]) -> T:
    if key not in raw:
        raise MissingSetting(key, path) from KeyError(key)
    text = raw[key]
    try:
        return convert(text)
    except ValueError as error:
        raise InvalidSetting(key, path, text) from error


def load_settings(path: str, raw: Mapping[str, str]) -> Settings:
    return Settings(
        host=_setting(path, raw, "host", str),
        port=_setting(path, raw, "port", int),
        timeout=_setting(path, raw, "timeout", float),
    )
