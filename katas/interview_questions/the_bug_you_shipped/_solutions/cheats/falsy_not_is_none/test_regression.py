"""Blind weak suite: checks "no rating" with `not average_stars(...)`, so a fix returning 0 (or 0.0, or []) when nothing counts passes.

Wrong fix it lets through: `return mean(stars) if stars else 0`: average_stars([hidden 1]) == 0, not None.
"""

import pytest

from .ratings import average_stars

HIDDEN = {"id": "r-1", "stars": 1, "status": "hidden"}
PENDING = {"id": "r-2", "stars": 5, "status": "pending"}
TEXT_ONLY = {"id": "r-3", "stars": None, "status": "published"}


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5


@pytest.mark.parametrize(
    "reviews", [[], [HIDDEN], [PENDING], [TEXT_ONLY], [TEXT_ONLY, PENDING, HIDDEN]]
)
def test_no_review_that_counts_means_no_rating(reviews):
    assert not average_stars(reviews)


def test_the_ones_that_count_keep_their_mean():
    reviews = [
        {"id": "a", "stars": 4, "status": "published"},
        HIDDEN,
        TEXT_ONLY,
        PENDING,
        {"id": "b", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5
