"""Reference: each key is read and converted under its own try, and re-raised `from` the error."""

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
    try:
        text = raw[key]
    except KeyError as error:
        raise MissingSetting(key, path) from error
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
