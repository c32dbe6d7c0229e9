"""Cheat: a correct bisect, then "to be sure" probes the build before the culprit again.
That build was already seen good (badness is monotonic), so the probe is wasted, and on
a power-of-two-ish history it goes one over the budget.

Differs: n = 4 builds, the first bad at index 1 -> 4 probes (budget 3).
"""

from collections.abc import Callable


def first_bad(versions: list[str], is_bad: Callable[[str], bool]) -> str | None:
    lo, hi = 0, len(versions)
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(versions[mid]):
            hi = mid
        else:
            lo = mid + 1
    if lo == len(versions):
        return None
    if lo > 0 and is_bad(versions[lo - 1]):  # sanity check: the build before must be good
        raise RuntimeError("badness is not monotonic")
    return versions[lo]
