"""Blind weak suite: tests each reason a lone review does not count, but never a list that mixes counting and non-counting reviews.

Wrong fix it lets through: "return None if no review counts, else mean of all stars given"
(`mean(r["stars"] for r in reviews if r["stars"] is not None)`): on
[published 4, hidden 1] it gives 2.5, not 4.
"""

import pytest

from .ratings import average_stars


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5


@pytest.mark.parametrize(
    "review",
    [
        {"id": "r-5512", "stars": 1, "status": "hidden"},
        {"id": "r-2", "stars": 5, "status": "pending"},
        {"id": "r-3", "stars": None, "status": "published"},
        {"id": "r-4", "stars": None, "status": "pending"},
    ],
)
def test_a_review_that_does_not_count_leaves_no_rating(review):
    assert average_stars([review]) is None


def test_no_reviews_no_rating():
    assert average_stars([]) is None
