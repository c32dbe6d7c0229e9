"""The regression test of INC-311, as one property: for any reviews at all, the rating
is the mean of the stars that count, or None when none counts. Hypothesis finds the
incident's input (reviews, none of which counts) on its own.
"""

from hypothesis import given
from hypothesis import strategies as st

from .ratings import average_stars

reviews = st.lists(
    st.fixed_dictionaries(
        {
            "id": st.text(max_size=5),
            "stars": st.none() | st.integers(min_value=1, max_value=5),
            "status": st.sampled_from(["published", "pending", "hidden"]),
        }
    ),
    max_size=8,
)


@given(reviews)
def test_the_rating_is_the_mean_of_the_stars_that_count(reviews):
    counted = [r["stars"] for r in reviews if r["status"] == "published" and r["stars"] is not None]
    rating = average_stars(reviews)
    if counted:
        assert rating == sum(counted) / len(counted)
    else:
        assert rating is None
