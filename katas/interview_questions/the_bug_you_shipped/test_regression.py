"""The regression test of INC-311: the test that would have stopped v2.14.0.

TODO: write tests of average_stars (ratings.py, as deployed now) that fail on the
code that caused the incident (incident/ratings.py) and pass on the fix. Test the
class of inputs the incident belongs to, not only the one product that broke:
your tests also run against other correct fixes, on which they must pass, and
against plausible wrong fixes, each of which one of them must fail. Test what
average_stars promises (ratings.py's docstring), not how it is written.
"""

from .ratings import average_stars


def test_the_mean_of_the_published_stars():
    reviews = [
        {"id": "r-1", "stars": 4, "status": "published"},
        {"id": "r-2", "stars": 5, "status": "published"},
    ]
    assert average_stars(reviews) == 4.5
