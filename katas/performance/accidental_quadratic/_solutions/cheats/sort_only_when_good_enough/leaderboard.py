"""Blind cheat: still keeps and sorts every score seen, only skipping the sort when the new score
cannot enter the top k; on rising scores every score enters, so it is n * n log n again.

Differs: leaders_after_each(range(2000), k=3) sorts all seen scores after every score: thousands of
comparisons per score, far over 20 * k = 60.
"""

from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    seen: list[int] = []
    leaders = []
    best: list[int] = []
    for score in scores:
        seen.append(score)
        if len(best) < k or score > best[-1]:  # only re-sort when it changes the top k
            best = sorted(seen, reverse=True)[:k]
        leaders.append(list(best))
    return leaders
