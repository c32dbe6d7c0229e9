"""The regression test of INC-311: the test that would have stopped v2.14.0.

The incident: a product with reviews, none of which counts, reached mean() with
nothing to average. Each reason a review may not count gets its own case, next to
the normal case and to reviews that count mixed with ones that do not.
"""

import pytest

from .postmortem import TRIGGER
from .ratings import average_stars


def review(stars, status="published"):
    return {"id": f"r-{stars}-{status}", "stars": stars, "status": status}


def test_the_mean_of_the_published_stars():
    assert average_stars([review(4), review(5)]) == 4.5


def test_the_incidents_own_trigger_has_no_rating():
    assert average_stars(TRIGGER) is None


@pytest.mark.parametrize(
    "reviews",
    [
        [],
        [review(1, "hidden")],
        [review(5, "pending")],
        [review(None)],
        [review(None), review(4, "pending"), review(2, "hidden")],
    ],
    ids=["no reviews", "only hidden", "only pending", "only text", "none counts"],
)
def test_a_product_whose_reviews_do_not_count_has_no_rating(reviews):
    assert average_stars(reviews) is None


def test_only_the_reviews_that_count_make_the_mean():
    reviews = [review(4), review(1, "hidden"), review(None), review(2, "pending"), review(5)]
    assert average_stars(reviews) == 4.5
    assert average_stars([review(3), review(None)]) == 3


def test_the_reviews_are_left_unchanged():
    reviews = [review(4), review(None), review(1, "hidden")]
    before = [dict(r) for r in reviews]
    average_stars(reviews)
    assert reviews == before
