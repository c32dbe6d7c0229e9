"""Blind cheat: bisects over sorted(versions), trusting the ids' text order instead of their list position.

Differs on: versions = ["c9f1", "a04e", "7b2d"] (oldest first), bad from "a04e" on ->
correct is "a04e", this bisects ["7b2d", "a04e", "c9f1"] and returns "7b2d".
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    ordered = sorted(versions)  # oldest first, whatever order they came in
    lo, hi = 0, len(ordered)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(ordered[mid]):
            hi = mid
        else:
            lo = mid + 1
    return ordered[lo] if lo < len(ordered) else None
