"""Alternative: git bisect's shape, recursive. Assume the newest build is bad and halve;
the last remaining candidate is probed once to tell "it is bad" from "none is".
"""

from collections.abc import Callable


def _first_bad_between(versions: list[str], is_bad: Callable[[str], bool], lo: int, hi: int) -> int:
    """The first bad position in lo..hi: none before lo is bad; hi is bad, or the last candidate."""
    if lo == hi:
        return lo
    mid = (lo + hi) // 2
    if is_bad(versions[mid]):
        return _first_bad_between(versions, is_bad, lo, mid)
    return _first_bad_between(versions, is_bad, mid + 1, hi)


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    candidate = _first_bad_between(versions, is_bad, 0, len(versions) - 1)
    return versions[candidate] if is_bad(versions[candidate]) else None
