"""Blind cheat: takes the settings out of `raw` with pop(), mutating the caller's mapping, so
loading the same mapping twice fails.

Differs on: raw = {"host": "db", "port": "5432", "timeout": "2.5"}; load_settings("a", raw)
leaves raw == {} and a second load_settings("a", raw) raises MissingSetting('host')
instead of returning the same Settings.
"""

from collections.abc import Mapping
from dataclasses import dataclass


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


def load_settings(path: str, raw: Mapping[str, str]) -> Settings:
    found = {}
    for key, convert in (("host", str), ("port", int), ("timeout", float)):
        try:
            text = raw.pop(key)  # take it out: whatever is left over is unknown
        except KeyError as error:
            raise MissingSetting(key, path) from error
        try:
            found[key] = convert(text)
        except ValueError as error:
            raise InvalidSetting(key, path, text) from error
    return Settings(**found)
