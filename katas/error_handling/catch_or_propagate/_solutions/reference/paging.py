"""Reference: a missing size is a None check; the try holds int() alone, and catches ValueError."""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    text = params.get("size")
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default
