"""Cheat: sort everything again, but only when the new score makes the leaderboard.

On random scores a new score rarely beats the k-th best, so the examples stay
in the budget. But when scores rise (a player who improves, a new game where
records fall every day), every score makes it, and each one sorts all the
scores seen so far: n * n comparisons again. Fast on average is not fast.
"""

from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    seen: list[int] = []
    top: list[int] = []
    leaders = []
    for score in scores:
        seen.append(score)
        if len(top) < k or score > top[-1]:
            top = sorted(seen, reverse=True)[:k]
        leaders.append(list(top))
    return leaders
