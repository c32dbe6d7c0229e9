"""A live leaderboard: after every score, the best k so far.

leaders_after_each(scores, k) returns one list per score: the k highest
scores seen up to and including that one, highest first (fewer than k at the
start). Equal scores each take a place. k is at least 1 (3 if not given).
Scores are any ints, negative too, or int subclasses (the tests use one that
counts its comparisons): the answers hold the scores given, not plain-int
copies of them. scores may be a stream (a generator) too long to keep: keep
only the scores the answer needs, never every score seen. A list of scores
is left as it was.

    >>> leaders_after_each([50, 80, 20, 80, 95], k=3)
    [[50], [80, 50], [80, 50, 20], [80, 80, 50], [95, 80, 80]]

Right now the answers are right, but after each score the code sorts every
score seen so far, to keep three of them: the work grows as n * n * log n.
Python is slow at CPU-bound work, and this is where it shows: 2,000 scores
take a few tenths of a second, 10,000 take ten seconds, and a day's 100,000
would take half an hour. Keep only what the answer needs, so that the work
per score does not grow with the number of scores: at most 20 * k comparisons
per score, counted by the tests (counting.py), for any order of scores.
"""

from collections.abc import Iterable


def leaders_after_each(scores: Iterable[int], k: int = 3) -> list[list[int]]:
    seen: list[int] = []
    leaders = []
    for score in scores:
        seen.append(score)
        leaders.append(sorted(seen, reverse=True)[:k])  # TODO: sorts everything, every time.
    return leaders
