"""Counts the work leaders_after_each() does. The tests use it; do not edit it.

measure() counts comparisons between scores. measure_memory() hands the
scores over one at a time, as a stream, and counts how many of them are kept
alive at once, and how many scores in the answers are plain-int copies instead
of the scores given.
"""

from collections.abc import Callable, Iterable, Iterator


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


class GivenScore(Score):
    """A score read from the stream: it counts itself alive until nothing holds it."""

    run = 0  # the measurement in progress
    alive = 0
    most_alive = 0

    @classmethod
    def read(cls, score: int) -> "GivenScore":
        given = cls(score)
        given.read_in = cls.run
        cls.alive += 1
        cls.most_alive = max(cls.most_alive, cls.alive)
        return given

    def __del__(self) -> None:
        if getattr(self, "read_in", None) == GivenScore.run:
            GivenScore.alive -= 1


def measure_memory(
    leaders_after_each: Callable[[Iterable[int], int], list[list[int]]],
    scores: list[int],
    k: int,
) -> tuple[list[list[int]], int, int]:
    """Call leaders_after_each on a stream of scores.

    Returns (its answer as plain ints, the most scores of the stream alive at
    once, the number of scores in its answer that are not the scores given).
    """
    GivenScore.run += 1
    GivenScore.alive = GivenScore.most_alive = 0

    def stream() -> Iterator[int]:
        for score in scores:
            yield GivenScore.read(score)

    leaders = leaders_after_each(stream(), k)
    copies = sum(not isinstance(score, Score) for top in leaders for score in top)
    return [[int(score) for score in top] for top in leaders], GivenScore.most_alive, copies


def budget(scores: list[int], k: int) -> int:
    """The comparisons allowed: 20 * k per score, however many scores came before."""
    return 20 * k * len(scores)
