"""Cheat: checks that nothing raises any more, not what comes back, so a fix that shows
0 stars for a product without a rating passes, and so does one that hides every rating
as soon as one review does not count.
"""

import pytest

from .ratings import average_stars


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5


@pytest.mark.parametrize("stars, status", [(1, "hidden"), (5, "pending"), (None, "published")])
def test_no_review_that_counts_does_not_crash(stars, status):
    average_stars([{"id": "r-1", "stars": stars, "status": status}])
