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

from collections.abc import Callable, Mapping
from dataclasses import dataclass

PREFIX = "APP_"
TRUE_WORDS = frozenset({"true", "yes", "on", "1"})
FALSE_WORDS = frozenset({"false", "no", "off", "0"})


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    debug: bool
    workers: int


class ConfigError(Exception):
    """A variable is missing, unknown, or has an invalid value; ``key`` names it."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key


def _text(text: str) -> str:
    if not text:
        raise ValueError("the value is empty")
    return text


def _number_between(text: str, low: int, high: int) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{text!r} is not a whole number written in digits")
    number = int(text)
    if not low <= number <= high:
        raise ValueError(f"{number} is not between {low} and {high}")
    return number


def _port(text: str) -> int:
    return _number_between(text, 1, 65535)


def _workers(text: str) -> int:
    return _number_between(text, 1, 64)


def _boolean(text: str) -> bool:
    word = text.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"{text!r} is not a yes/no word such as true, yes, on, false, no, off")


#: Each variable: how to read it, and the text it defaults to when it is not set
#: (None: it must be set).
VARIABLES: dict[str, tuple[Callable[[str], object], str | None]] = {
    "APP_HOST": (_text, None),
    "APP_PORT": (_port, None),
    "APP_DEBUG": (_boolean, "false"),
    "APP_WORKERS": (_workers, "4"),
}


def load_config(environ: Mapping[str, str]) -> Config:
    for key in sorted(environ):
        if key.startswith(PREFIX) and key not in VARIABLES:
            raise ConfigError(key, "unknown variable (a typo?)")
    values = []
    for name, (read, default) in VARIABLES.items():
        text = environ.get(name) or default
        if text is None:
            raise ConfigError(name, "is required but not set")
        try:
            values.append(read(text))
        except ValueError as error:
            raise ConfigError(name, f"invalid value {text!r}") from error
    host, port, debug, workers = values
    return Config(host=host, port=port, debug=debug, workers=workers)
