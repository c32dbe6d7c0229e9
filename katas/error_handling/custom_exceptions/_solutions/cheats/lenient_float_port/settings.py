"""Blind cheat: reads the port leniently with int(float(text)), so a port that int() rejects but
float() accepts loads instead of raising InvalidSetting.

Differs on: load_settings("app.ini", {"host": "db", "port": "80.0", "timeout": "1"}) (or
port "8e1", "80.9"): a correct solution raises InvalidSetting for 'port'; this returns port=80.
Port "inf" escapes as a bare OverflowError instead of InvalidSetting.
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


def _port(text: str) -> int:
    return int(float(text))  # accept "80.0" from sloppy files too


def _setting(path, raw, key, convert):
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
        port=_setting(path, raw, "port", _port),
        timeout=_setting(path, raw, "timeout", float),
    )
