"""Blind cheat: tests `value == None`, so a value whose __eq__ says yes (mock.ANY) is replaced by
the default.

Differs: setting({"k": unittest.mock.ANY}, "k", 3) -> 3 (should be ANY, the very same object).
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    value = config.get(key)
    if value == None:  # noqa: E711
        return default
    return value
