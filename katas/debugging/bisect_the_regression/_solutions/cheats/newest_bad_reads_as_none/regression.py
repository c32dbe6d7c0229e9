"""Blind cheat: searches n answers instead of n + 1 and guesses "none" from the last probe, so a regression in the newest build reads as None.

Differs on: versions = ["r1", "r2", "r3"], bad only from "r3" -> correct is "r3", this returns None.
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    if len(versions) == 1:
        return versions[0] if is_bad(versions[0]) else None
    lo, hi = 0, len(versions) - 1
    last = None
    while lo < hi:
        mid = (lo + hi) // 2
        last = is_bad(versions[mid])
        if last:
            hi = mid
        else:
            lo = mid + 1
    if lo == len(versions) - 1 and last is False:
        return None  # ran off the end: everything was good
    return versions[lo]
