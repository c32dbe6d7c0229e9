"""Blind cheat: catches (KeyError, ValueError, TypeError), so a list where the text belongs (a bug)
silently becomes the default.

Differs on: page_size({"size": ["50"]}): a correct solution raises TypeError; this returns 20.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except (KeyError, ValueError, TypeError):  # anything a bad size can raise
        return default
