"""Blind cheat: keeps every score ever seen in a sorted list (bisect.insort): few comparisons,
but each
insert shifts the whole growing list and memory grows with n, so the work per score still grows.

Differs: 100,000 scores keep a 100,000-item list and move up to 100,000 items per insert (O(n^2)
element moves); a correct solution keeps k items. Also calls leaders_after_each(..., k) with k=0:
seen[-0:] is the whole list, so [5] -> [[5]] instead of [[]].
"""

import bisect
from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    seen: list[int] = []  # every score so far, kept sorted: binary search, no re-sort
    leaders = []
    for score in scores:
        bisect.insort(seen, score)
        leaders.append(seen[-k:][::-1])
    return leaders
