"""Blind weak suite: over-specified: tests the private helper counts() and that statistics.mean is called, so a correct fix written without them fails.

A correct fix inlining the filter (`sum(s) / len(s)`, no counts()) fails these tests.
"""

from unittest import mock

import pytest

from . import ratings
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


@pytest.mark.parametrize("review", [HIDDEN, PENDING, TEXT_ONLY])
def test_counts_rejects_each_review_that_does_not_count(review):
    assert ratings.counts(review) is False


@pytest.mark.parametrize("reviews", [[], [HIDDEN], [PENDING], [TEXT_ONLY]])
def test_mean_is_never_called_when_nothing_counts(reviews):
    with mock.patch.object(ratings, "mean") as mean:
        assert average_stars(reviews) is None
    mean.assert_not_called()


def test_mean_gets_only_the_stars_that_count():
    reviews = [
        {"id": "a", "stars": 4, "status": "published"},
        HIDDEN,
        TEXT_ONLY,
        {"id": "b", "stars": 5, "status": "published"},
    ]
    with mock.patch.object(ratings, "mean", return_value=4.5) as mean:
        assert average_stars(reviews) == 4.5
    mean.assert_called_once_with([4, 5])
