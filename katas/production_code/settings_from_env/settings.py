"""The shop's settings, read from the environment (twelve-factor style).

load_settings(env=None) reads these variables from `env` (any mapping of str
to str; None means os.environ, as it is when load_settings is called) and
returns a Settings. A variable that is not in env takes its default; a
variable that is set, even to "", is used, and must be valid:

    variable            field          type              default
    SHOP_DATABASE_URL   database_url   str               "postgresql://localhost/shop"
    SHOP_POOL_SIZE      pool_size      int, >= 1         5
    SHOP_TIMEOUT        timeout        float, > 0        2.5   (seconds, finite)
    SHOP_DEBUG          debug          bool              False
    SHOP_ALLOWED_HOSTS  allowed_hosts  tuple[str, ...]   ("localhost",)

* SHOP_DATABASE_URL is used as it is, "" included.
* SHOP_POOL_SIZE is read as int() reads text (" 8 ", "+8" and "0008" are 8),
  SHOP_TIMEOUT as float() reads it ("2", "0.25", "1e-3"); nan and inf are not
  finite, so they are errors, like 0 and negatives.
* SHOP_DEBUG is "1", "true", "yes" or "on" for True, "0", "false", "no" or
  "off" for False, in any case and with surrounding whitespace ignored
  ("  False " is False). Anything else, "" included, is an error.
* SHOP_ALLOWED_HOSTS is a comma-separated list: each host stripped of
  surrounding whitespace, empty items dropped, order and duplicates kept
  ("a, b,,a" is ("a", "b", "a"); "" is no host at all, ()).

Other variables are ignored; env is only read, never changed. A value that is
not valid raises SettingsError (a ValueError) with a one-line message that
names the variable and shows the value as repr() does:

    >>> load_settings({"SHOP_POOL_SIZE": "ten"})
    Traceback (most recent call last):
    SettingsError: SHOP_POOL_SIZE='ten' is not a whole number >= 1

(the wording is yours; when several values are bad, naming one is enough).

Right now SHOP_DEBUG=false turns debugging on, a typo in SHOP_POOL_SIZE
crashes with int()'s message that names no variable, an empty host list is
[""], and the `env` passed in is ignored. Make load_settings keep the contract.
"""

import os
from collections.abc import Mapping
from dataclasses import dataclass


class SettingsError(ValueError):
    """A setting in the environment is not valid."""


@dataclass(frozen=True)
class Settings:
    database_url: str = "postgresql://localhost/shop"
    pool_size: int = 5
    timeout: float = 2.5
    debug: bool = False
    allowed_hosts: tuple[str, ...] = ("localhost",)


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    # TODO: bool("false") is True, and int() does not say which variable was wrong.
    return Settings(
        database_url=os.environ.get("SHOP_DATABASE_URL", "postgresql://localhost/shop"),
        pool_size=int(os.environ.get("SHOP_POOL_SIZE", 5)),
        timeout=float(os.environ.get("SHOP_TIMEOUT", 2.5)),
        debug=bool(os.environ.get("SHOP_DEBUG", False)),
        allowed_hosts=tuple(os.environ.get("SHOP_ALLOWED_HOSTS", "localhost").split(",")),
    )
