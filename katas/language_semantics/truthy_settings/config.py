"""Settings from a parsed JSON config file, with defaults for what is not set.

setting(config, key, default) returns config[key], or `default` when the key
is missing or set to null (None). Any other value is what the user chose: it
is returned as is, the very same object, even when it is falsy:

    >>> config = {"timeout": 0, "verbose": False, "retries": None}
    >>> setting(config, "timeout", 30)  # 0 means "do not wait"
    0
    >>> setting(config, "verbose", True)  # the user turned it off
    False
    >>> setting(config, "retries", 3), setting(config, "prefix", "app-")
    (3, 'app-')

Values are mostly what JSON holds (numbers, strings, booleans, lists, dicts),
but may be any object: one that is falsy through __bool__ or __len__, or one
like unittest.mock.ANY that says it equals everything, None included. Only
None itself means "not set". setting() only reads: it never changes config.

Right now a timeout of 0, a disabled flag and an empty prefix all come back
as the default, and nothing warns anyone. Work out which values `or` treats
as "not set", and make setting() fall back only when nothing was set.
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    return config.get(key) or default  # TODO: which values does `or` throw away?
