"""Cheat: catches (TypeError, ValueError), the pair so many code bases put around int().

A missing size becomes the default through int(None) raising TypeError, and a
dropped connection propagates. But a TypeError is also what a bug raises: call
it with parse_qs's lists ({"size": ["50"]}) and every page silently holds 20
rows, with nothing in any log.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params.get("size"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
