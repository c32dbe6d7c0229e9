"""Blind weak suite: tests only the product that broke (one hidden review), not pending or text-only reviews.

A wrong fix that drops only hidden reviews (status != "hidden") passes it:
average_stars([{"id": "r-1", "stars": 5, "status": "pending"}]) returns 5, not None.
"""

from .ratings import average_stars


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5


def test_product_8812_with_its_hidden_review_has_no_rating():
    assert average_stars([{"id": "r-5512", "stars": 1, "status": "hidden"}]) is None


def test_no_reviews_no_rating():
    assert average_stars([]) is None
