"""Blind cheat: raises MissingSetting/InvalidSetting inside the except block but without `from
error`, so __cause__ is None (only the implicit __context__ is set).

Differs on: load_settings("app.ini", {"host": "db", "port": "eighty", "timeout": "1"}):
the InvalidSetting's __cause__ should be the ValueError; here it is None.
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


def _setting(path, raw, key, convert):
    try:
        text = raw[key]
    except KeyError:
        raise MissingSetting(key, path)  # noqa: B904 (the cheat)
    try:
        return convert(text)
    except ValueError:
        raise InvalidSetting(key, path, text)  # noqa: B904 (the cheat)


def load_settings(path: str, raw: Mapping[str, str]) -> Settings:
    return Settings(
        host=_setting(path, raw, "host", str),
        port=_setting(path, raw, "port", int),
        timeout=_setting(path, raw, "timeout", float),
    )
