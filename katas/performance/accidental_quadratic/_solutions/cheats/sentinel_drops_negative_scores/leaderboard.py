"""Blind cheat: pre-fills the heap with -1 placeholders and filters them out of the answers, so
scores
of -1 or below never make the board.

Differs: leaders_after_each([-5, 3], k=2) returns [[], [3]] instead of [[-5], [3, -5]].
"""

import heapq
from collections.abc import Iterable

EMPTY = -1  # a placeholder below every real score


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    best = [EMPTY] * k  # a min-heap of the k best, best[0] the smallest
    leaders = []
    for score in scores:
        if score > best[0]:
            heapq.heapreplace(best, score)
        leaders.append(sorted((s for s in best if s != EMPTY), reverse=True))
    return leaders
