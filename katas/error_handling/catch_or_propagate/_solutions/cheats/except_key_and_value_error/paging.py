"""Cheat: EAFP around both the read and int(), catching (KeyError, ValueError).

A missing size and a typo give the default, a dropped connection and a list
propagate. But the try also covers the lazy read of a size that is there: a
KeyError or a ValueError (a UnicodeDecodeError, say) raised by the framework
while reading it becomes "20 per page" too.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except (KeyError, ValueError):
        return default
