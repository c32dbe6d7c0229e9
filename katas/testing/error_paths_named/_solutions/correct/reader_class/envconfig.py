"""Read a web service's configuration from its environment variables.

``load_config(environ)`` takes a mapping of str to str, such as ``os.environ``,
and returns a ``Config``. Only the variables whose names start with ``APP_``
are its business; every other variable (``PATH``, ``app_port``, ``APPLE``) is
ignored. Names are case-sensitive.

- ``APP_HOST``: required; any non-empty text, kept exactly as it is.
- ``APP_PORT``: required; a whole number from 1 to 65535, written in ASCII
  digits and nothing else: ``"08080"`` is 8080, but ``"+80"``, ``" 80"``,
  ``"8_0"``, ``"80.0"`` and ``"٨٠"`` are invalid.
- ``APP_DEBUG``: optional, False when not set; one of the words ``true``,
  ``yes``, ``on``, ``1`` (True) or ``false``, ``no``, ``off``, ``0`` (False),
  in any mix of upper and lower case (``"Yes"``), with nothing around it:
  ``"yes "`` is invalid.
- ``APP_WORKERS``: optional, 4 when not set; a whole number from 1 to 64,
  written in ASCII digits and nothing else.
- A variable that is set must be valid, optional or not: an empty value is
  invalid, never the same as not set.

Every problem raises ``ConfigError``, and no ``Config`` is returned:

- ``error.key`` is the name of the variable at fault, and ``str(error)``
  starts with that name, as in ``"APP_PORT: ..."``;
- an invalid value: its ``__cause__`` is a ``ValueError`` that says what is
  wrong with the value;
- a required variable that is not set: the error names it;
- an ``APP_`` variable that is none of the four (a typo, ``APP_PROT``): the
  error names it;
- when several variables are wrong, the error names one of them: which one is
  not promised.

``environ`` is left exactly as it was, whatever happens. ``Config`` is a frozen
dataclass: the same variables always give an equal ``Config``.

>>> load_config({"APP_HOST": "db.internal", "APP_PORT": "5432", "PATH": "/bin"})
Config(host='db.internal', port=5432, debug=False, workers=4)
>>> load_config({"APP_HOST": "db.internal", "APP_PORT": "0"})
Traceback (most recent call last):
envconfig.ConfigError: APP_PORT: invalid value '0'
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    debug: bool
    workers: int


class ConfigError(Exception):
    """A variable is missing, unknown, or has an invalid value; ``key`` names it."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(key + ": " + problem)
        self.key = key


class _Reader:
    """Reads one environment; each method reads one variable, or raises ConfigError."""

    MISSING = object()

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ

    def _raw(self, key: str) -> object:
        return self.environ.get(key, self.MISSING)

    def _fail(self, key: str, problem: str) -> ConfigError:
        return ConfigError(key, problem)

    def whole_number(self, key: str, low: int, high: int, default: int | None = None) -> int:
        raw = self._raw(key)
        if raw is self.MISSING:
            if default is None:
                raise self._fail(key, "missing")
            return default
        try:
            if not raw or any(char not in string.digits for char in raw):
                raise ValueError(f"expected digits, got {raw!r}")
            if not low <= int(raw) <= high:
                raise ValueError(f"{raw} is out of range {low}..{high}")
        except ValueError as error:
            raise self._fail(key, str(error)) from error
        return int(raw)

    def text(self, key: str) -> str:
        raw = self._raw(key)
        if raw is self.MISSING:
            raise self._fail(key, "missing")
        if raw == "":
            raise self._fail(key, "empty") from ValueError("an empty host name")
        return raw

    def switch(self, key: str) -> bool:
        raw = self._raw(key)
        if raw is self.MISSING:
            return False
        lowered = raw.lower()
        if lowered not in ("true", "yes", "on", "1", "false", "no", "off", "0"):
            raise self._fail(key, "not a yes/no word") from ValueError(repr(raw))
        return lowered in ("true", "yes", "on", "1")


def load_config(environ: Mapping[str, str]) -> Config:
    reader = _Reader(environ)
    config = Config(
        workers=reader.whole_number("APP_WORKERS", 1, 64, default=4),
        debug=reader.switch("APP_DEBUG"),
        port=reader.whole_number("APP_PORT", 1, 65535),
        host=reader.text("APP_HOST"),
    )
    unknown = {key for key in environ if key.startswith("APP_")} - {
        "APP_HOST",
        "APP_PORT",
        "APP_DEBUG",
        "APP_WORKERS",
    }
    if unknown:
        raise ConfigError(min(unknown), "unknown variable")
    return config
