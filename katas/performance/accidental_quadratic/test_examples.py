import random

from .counting import budget, measure
from .leaderboard import leaders_after_each

# A day of a small game: 200 scores from 0 to 999, the same on every run.
_dice = random.Random(7)
DAY = [_dice.randrange(1000) for _ in range(200)]


def test_the_best_three_after_each_score():
    assert leaders_after_each([50, 80, 20, 80, 95], k=3) == [
        [50],
        [80, 50],
        [80, 50, 20],
        [80, 80, 50],
        [95, 80, 80],
    ]


def test_the_best_one_is_the_running_maximum():
    assert leaders_after_each([3, 1, 4, 1, 5], k=1) == [[3], [3], [4], [4], [5]]


def test_a_day_of_scores_takes_a_few_comparisons_per_score():
    leaders, comparisons = measure(leaders_after_each, DAY, 3)
    assert leaders[-1] == sorted(DAY, reverse=True)[:3]
    allowed = budget(DAY, 3)
    assert comparisons <= allowed, (
        f"{len(DAY)} scores took {comparisons} comparisons, over the budget of {allowed} "
        f"(20 * k per score): about {comparisons // len(DAY)} per score, and growing"
    )
