"""Cheat: lets OSError through, and still turns every other exception into the default.

The dropped connection propagates, as the example asks, but a TypeError from
a caller's bug, or any other unexpected error, still becomes "20 per page".
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except OSError:
        raise
    except Exception:
        return default
