"""Blind cheat: wraps every lookup, but only the port conversion; a bad timeout still escapes as a
bare ValueError from float().

Differs on: load_settings("app.ini", {"host": "db", "port": "80", "timeout": "soon"}):
a correct solution raises InvalidSetting("timeout", "app.ini", "soon"); this raises ValueError.
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
    values = {}
    for key in ("host", "port", "timeout"):
        try:
            values[key] = raw[key]
        except KeyError as error:
            raise MissingSetting(key, path) from error
    try:
        port = int(values["port"])
    except ValueError as error:
        raise InvalidSetting("port", path, values["port"]) from error
    return Settings(host=values["host"], port=port, timeout=float(values["timeout"]))
