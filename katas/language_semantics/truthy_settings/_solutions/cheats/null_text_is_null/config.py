"""Cheat: `is None` at last, but the text "null" (or "None") also counts as not set.

"A null may arrive as text": but a parsed JSON null is None, and a user whose
prefix really is "null" gets the default instead.
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    value = config.get(key)
    if value is None or value in ("null", "None"):
        return default
    return value
