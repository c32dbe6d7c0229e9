"""Cheat: the regression test is the incident's own input and nothing else. It passes on
a fix that returns None only when no review is published (a text-only review still
crashes it), and on one that hides every rating as soon as one review does not count.
"""

from .postmortem import TRIGGER
from .ratings import average_stars


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5


def test_the_incident_product_renders():
    assert average_stars(TRIGGER) is None
