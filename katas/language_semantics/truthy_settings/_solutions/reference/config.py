"""Reference: only a missing key or None falls back; `is None` ignores truthiness."""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    value = config.get(key)
    return default if value is None else value
