"""Reference: keep only the k best scores, in a min-heap.

The smallest of the k best sits at best[0]: a new score either loses to it
(one comparison) or replaces it (log k comparisons). Sorting k scores for the
answer costs k log k, whatever the number of scores before.
"""

import heapq
from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    best: list[int] = []  # a min-heap of the k highest scores so far
    leaders = []
    for score in scores:
        if len(best) < k:
            heapq.heappush(best, score)
        else:
            heapq.heappushpop(best, score)
        leaders.append(sorted(best, reverse=True))
    return leaders
