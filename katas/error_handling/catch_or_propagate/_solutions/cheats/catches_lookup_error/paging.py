"""Blind cheat: catches (LookupError, ValueError): any IndexError/KeyError-like bug raised while
reading the params (or a UnicodeError, a ValueError subclass from the reader) turns into the
default.

Differs on: page_size(m) where reading m["size"] raises IndexError("bug") (or
UnicodeDecodeError while decoding the request): a correct solution propagates it; this returns 20.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except (LookupError, ValueError):
        return default
