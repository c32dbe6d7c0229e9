"""Cheat: right answer, but it stores the default into the caller's config.

"Remember the fallback so the next read finds it": the config belongs to the
caller, and a later read with another default, or a save of the file, now
sees a value the user never wrote.
"""

from typing import Any


def setting(config: dict[str, Any], key: str, default: Any) -> Any:
    if config.get(key) is None:
        config[key] = default
    return config[key]
