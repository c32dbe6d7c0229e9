"""Blind cheat: coerces the value to bool when the default is a bool, so it is not the same object.

Differs: setting({"verbose": 0}, "verbose", True) -> False (should be 0); setting({"v": []}, "v",
True) -> False, not [].
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    value = config.get(key)
    if value is None:
        return default
    if isinstance(default, bool):  # flags are flags
        return bool(value)
    return value
