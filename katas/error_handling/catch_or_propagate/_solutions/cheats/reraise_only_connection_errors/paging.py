"""Blind cheat: re-raises only ConnectionError and still returns the default for every other
exception (other OSErrors, TypeError, AttributeError...).

Differs on: page_size(m) where m["size"] raises OSError(5, "I/O error") (or TimeoutError):
a correct solution propagates it; this returns 20.  Also page_size({"size": ["50"]}) returns 20.
"""

from collections.abc import Mapping


def page_size(params: Mapping[str, str], default: int = 20) -> int:
    try:
        return int(params["size"])
    except ConnectionError:
        raise  # a dropped connection is not a typo
    except Exception:
        return default
