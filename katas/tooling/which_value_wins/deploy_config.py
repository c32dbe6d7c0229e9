"""Where each setting of the deploy tool comes from, and why that value won.

resolve(name, *, cli, env=None, file_config, default, parse=str) -> Resolved
looks for the setting `name` (a lower-case identifier such as "region" or
"dry_run") in four places, and the first one that has it wins:

    1. "option"       cli[name], the parsed command line: a value that is
                      not None (argparse gives None for an option not given)
    2. "environment"  env["DEPLOY_" + name.upper()]; env is any mapping of
                      str to str, None meaning os.environ as it is when
                      resolve() is called (not a copy taken earlier)
    3. "config file"  file_config[name], the parsed TOML config file
    4. "default"      default

"Has it" means given, set or present, whatever the value: DEPLOY_REGION=""
is set (to the empty string) and wins over the config file; `--replicas 0`
and `dry_run = false` in the file are values too. The winner's text, when it
comes from the option or the environment, goes through parse (str by default,
int for a number; the places below it are not parsed); the config
file's values and the default are already typed and are used as they are (the
very same objects). A value that parse refuses (it raises ValueError) is an
error, never a reason to try the next place: ConfigError (a ValueError), with
a one-line message naming where the text came from (the option as
"--" + name with "_" written "-", e.g. --dry-run, or the variable, e.g.
DEPLOY_DRY_RUN) and showing the text as repr() does.

The Resolved says which value won and why: `value`, `source` (one of the four
names above), and `shadowed`: the places below the winner that had a value
too, in order ("option", "environment", "config file"; the default is never
listed). resolve() only reads cli, env and file_config.

    >>> resolve("replicas", cli={"replicas": None}, env={"DEPLOY_REPLICAS": "4"},
    ...         file_config={"replicas": 2}, default=1, parse=int)
    Resolved(value=4, source='environment', shadowed=('config file',))

child_environment(overrides, env=None) -> dict[str, str] is the environment to
start a child process with (subprocess.run(..., env=...)): a new dict, a copy
of env (None: os.environ as it is now) where each override that is a str sets
that variable and each None removes it. It never changes env or os.environ:
the deploy tool itself keeps its own environment.

Right now an empty DEPLOY_REGION, `--replicas 0` or `dry_run = false` fall
through to the next place, the environment is a copy taken at import (a
variable set later is never seen), `shadowed` is always empty, and
child_environment() changes the tool's own os.environ.
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

_ENVIRONMENT = dict(os.environ)  # read once, at import


class ConfigError(ValueError):
    """A setting's text could not be parsed."""


@dataclass(frozen=True)
class Resolved:
    value: Any
    source: str
    shadowed: tuple[str, ...] = ()


def resolve(
    name: str,
    *,
    cli: Mapping[str, str | None],
    env: Mapping[str, str] | None = None,
    file_config: Mapping[str, Any],
    default: Any,
    parse: Callable[[str], Any] = str,
) -> Resolved:
    env = env or _ENVIRONMENT
    variable = "DEPLOY_" + name.upper()
    # TODO: `or` skips "", 0 and False; and which places did the winner beat?
    if cli.get(name):
        return Resolved(parse(cli[name]), "option")
    if env.get(variable):
        return Resolved(parse(env[variable]), "environment")
    if file_config.get(name):
        return Resolved(file_config[name], "config file")
    return Resolved(default, "default")


def child_environment(
    overrides: Mapping[str, str | None], env: Mapping[str, str] | None = None
) -> dict[str, str]:
    os.environ.update({name: value for name, value in overrides.items() if value is not None})
    return dict(os.environ)
