"""Counts the comparisons leaders_after_each() makes. The tests use it; do not edit it."""

from collections.abc import Callable, Iterable


class Score(int):
    """A score that counts every comparison (<, <=, >, >=, ==, !=) it takes part in.

    Negating it keeps it a Score, so sorting with key=lambda s: -s is counted too.
    """

    comparisons = 0

    def __lt__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__lt__(self, other)  # type: ignore[operator]

    def __le__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__le__(self, other)  # type: ignore[operator]

    def __gt__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__gt__(self, other)  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__ge__(self, other)  # type: ignore[operator]

    def __eq__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        Score.comparisons += 1
        return int.__ne__(self, other)

    __hash__ = int.__hash__

    def __neg__(self) -> "Score":
        return Score(-int(self))


def measure(
    leaders_after_each: Callable[[Iterable[int], int], list[list[int]]],
    scores: list[int],
    k: int,
) -> tuple[list[list[int]], int]:
    """Call leaders_after_each on counting scores: (its answer as plain ints, comparisons)."""
    counted = [Score(score) for score in scores]
    Score.comparisons = 0
    leaders = leaders_after_each(counted, k)
    comparisons = Score.comparisons
    return [[int(score) for score in top] for top in leaders], comparisons


def budget(scores: list[int], k: int) -> int:
    """The comparisons allowed: 20 * k per score, however many scores came before."""
    return 20 * k * len(scores)
