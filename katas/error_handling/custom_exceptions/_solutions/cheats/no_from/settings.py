"""Cheat: looks before it leaps, and raises inside `except` without `from error`.

The right classes, attributes and messages, but no cause: a missing key is
found with `in`, so there is no KeyError to chain, and the ValueError is only
chained implicitly (__context__), which the traceback prints as "During
handling of the above exception, another exception occurred", as if the
handler itself had a bug. __cause__ is None either way.
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
    for key in ("host", "port", "timeout"):
        if key not in raw:
            raise MissingSetting(key, path)
    try:
        port = int(raw["port"])
    except ValueError:
        raise InvalidSetting("port", path, raw["port"])  # noqa: B904 (the cheat)
    try:
        timeout = float(raw["timeout"])
    except ValueError:
        raise InvalidSetting("timeout", path, raw["timeout"])  # noqa: B904
    return Settings(host=raw["host"], port=port, timeout=timeout)
