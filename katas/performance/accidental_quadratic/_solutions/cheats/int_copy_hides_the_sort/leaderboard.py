"""Blind cheat: still sorts every score seen after every score, but on plain int copies, so the
counted comparisons vanish while the n * n log n work stays.

Differs: 10,000 scores still take ten seconds (50 million comparisons), only uncounted; a correct
solution makes O(n log k) comparisons.
"""

from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    seen: list[int] = []
    leaders = []
    for score in scores:
        seen.append(int(score))  # plain ints sort fast in C
        leaders.append(sorted(seen, reverse=True)[:k])
    return leaders
