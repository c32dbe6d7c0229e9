"""Cheat: params.get("size") for the missing size, and a try around int() alone.

It looks exactly right, and on a dict it is. But Mapping.get is
`try: return self[key] except KeyError: return default`: when the framework's
lazy read of a size that is there raises a KeyError (a bug of its own), get()
answers None, and the page silently holds the default.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    text = params.get("size")
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default
