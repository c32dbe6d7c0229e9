"""Load an app's settings, and say exactly what is wrong when they are bad.

load_settings(path, raw) turns the texts read from the config file at `path`
into Settings: host (text), port (an int) and timeout (a float, in seconds).
Other keys are ignored.

    >>> load_settings("app.ini", {"host": "db", "port": "5432", "timeout": "2.5"})
    Settings(host='db', port=5432, timeout=2.5)

A bad file raises a ConfigError, never a bare KeyError or ValueError:

- a missing key raises MissingSetting(key, path), raised from the KeyError
  that reading raw[key] raised (its __cause__ is that very KeyError);
- a text that int() or float() rejects raises InvalidSetting(key, path,
  value), raised from the ValueError (its __cause__), with value the text
  exactly as it is in raw.

The texts are read as int() and float() read them: a port may be " 80 ",
"+80", "1_000", "٨٠" or "-1", but "80.0" is not a port; a timeout may be
"1e3", "inf" or "nan". host is any text, kept as it is. At most one thing is
wrong with a file in the examples and the tests: which problem is reported
first, when there are several, is up to you.

Each exception keeps its arguments as attributes of the same names, and its
message names the file, the key and (for InvalidSetting) the bad value, so a
user knows what to fix from the message alone. Callers catch ConfigError, and
`raise ... from error` keeps the original error as __cause__ for whoever reads
the traceback. `raw` may be any Mapping, and is left as it was: loading the
same mapping twice gives the same answer twice.

Anything else propagates as it is, the very same exception object: an
exception raised while reading raw[key] other than a KeyError (a parser that
reads lazily may hit an OSError, a UnicodeDecodeError, Ctrl-C), or a value
that is not text at all (None, a list: a bug in the caller, and int() raises
TypeError). Only a missing key and a text that int() or float() rejects
are problems with the file.

    >>> try:
    ...     load_settings("app.ini", {"host": "db", "port": "eighty", "timeout": "1"})
    ... except ConfigError as error:
    ...     print(error, "| cause:", type(error.__cause__).__name__)
    app.ini: bad value 'eighty' for setting 'port' | cause: ValueError

Right now a missing port escapes as `KeyError: 'port'` (which file?) and a
port of "eighty" as a ValueError about int(); a caller's `except ConfigError`
catches neither. Give InvalidSetting its context, as MissingSetting has, and
make load_settings() raise both.
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


def load_settings(path: str, raw: Mapping[str, str]) -> Settings:
    # TODO: a KeyError or a ValueError escapes from here. Raise a ConfigError from it.
    return Settings(host=raw["host"], port=int(raw["port"]), timeout=float(raw["timeout"]))
