"""Reference: a missing size is an `in` check; the try holds int() alone, and catches ValueError.

Not params.get("size"): Mapping.get catches the KeyError that a lazy read may
raise for a size that is there, and answers the default instead.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    if "size" not in params:
        return default
    text = params["size"]
    try:
        return int(text)
    except ValueError:
        return default
