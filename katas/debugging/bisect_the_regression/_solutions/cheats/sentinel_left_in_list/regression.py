"""Blind cheat: appends a None sentinel to the caller's list for the "none is bad" answer and only removes it when nothing was bad.

Differs on: versions = ["r1", "r2"], bad from "r2" -> returns "r2" but leaves
versions == ["r1", "r2", None] (and a second call on that list bisects n + 1 items).
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    versions.append(None)  # n + 1 answers: the extra slot means "none is bad"
    lo, hi = 0, len(versions) - 1  # the sentinel at hi is "bad" by definition
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(versions[mid]):
            hi = mid
        else:
            lo = mid + 1
    answer = versions[lo]
    if answer is None:
        versions.pop()
    return answer
