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

import re
from collections.abc import Mapping
from dataclasses import dataclass

KNOWN = ("APP_HOST", "APP_PORT", "APP_DEBUG", "APP_WORKERS")
WORDS = {
    "true": True,
    "yes": True,
    "on": True,
    "1": True,
    "false": False,
    "no": False,
    "off": False,
    "0": False,
}
DIGITS = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    debug: bool
    workers: int


class ConfigError(Exception):
    """A variable is missing, unknown, or has an invalid value; ``key`` names it."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        super().__init__(f"{key}: {problem}")


def load_config(environ: Mapping[str, str]) -> Config:
    for key in ("APP_HOST", "APP_PORT"):
        if key not in environ:
            raise ConfigError(key, "not set, and it is required")

    host = _checked(environ, "APP_HOST", _non_empty)
    port = _checked(environ, "APP_PORT", lambda text: _in_range(text, 1, 65535))
    debug = False
    if "APP_DEBUG" in environ:
        debug = _checked(environ, "APP_DEBUG", _flag)
    workers = 4
    if "APP_WORKERS" in environ:
        workers = _checked(environ, "APP_WORKERS", lambda text: _in_range(text, 1, 64))

    for key in environ:
        if key.startswith("APP_") and key not in KNOWN:
            raise ConfigError(key, "is not a variable of this service")
    return Config(host, port, debug, workers)


def _checked(environ, key, parse):
    value = environ[key]
    try:
        return parse(value)
    except ValueError as error:
        raise ConfigError(key, f"cannot use {value!r}: {error}") from error


def _non_empty(text: str) -> str:
    if text == "":
        raise ValueError("must not be empty")
    return text


def _in_range(text: str, low: int, high: int) -> int:
    if DIGITS.fullmatch(text) is None:
        raise ValueError("digits only")
    value = int(text)
    if value < low or value > high:
        raise ValueError(f"must be from {low} to {high}")
    return value


def _flag(text: str) -> bool:
    try:
        return WORDS[text.lower()]
    except KeyError:
        raise ValueError(f"use one of {', '.join(WORDS)}") from None
