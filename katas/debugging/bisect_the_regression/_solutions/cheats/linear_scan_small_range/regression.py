"""Blind cheat: bisects until a handful of builds is left, then scans them one by one: up to a few probes over the ceil(log2(n)) + 1 budget.

Differs on: n = 4 with no bad build -> budget 3, this takes 4 probes (the answer is right, the cost is not).
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    lo, hi = 0, len(versions)
    while hi - lo > 7:  # a handful of builds left: just try them, fewer off-by-ones
        mid = (lo + hi) // 2
        if is_bad(versions[mid]):
            hi = mid
        else:
            lo = mid + 1
    for version in versions[lo:hi]:
        if is_bad(version):
            return version
    return versions[hi] if hi < len(versions) else None
