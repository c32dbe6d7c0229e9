"""Blind cheat: keeps 0, False and "" but still lets `or` replace empty lists and dicts.

Differs: setting({"allow": []}, "allow", ["*"]) -> ["*"] (should be []).
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    value = config.get(key)
    if value is False or value == 0 or value == "":
        return value
    return value or default
