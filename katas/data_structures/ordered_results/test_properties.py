from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .search import by_rating, unique_hits

# Few distinct ids, so that repeats are common, near each other or far apart;
# large and negative ones too, so that a set's order is nothing like the input's.
ids = st.lists(st.integers(0, 5) | st.integers(-1000, 1000), max_size=10)
names = st.sampled_from(["cup", "mug", "pen", "tea"])
products = st.lists(st.tuples(names, st.integers(1, 5)), max_size=8)


@kata_settings
@given(ids=ids)
@example(ids=[2, 1, 2])  # a repeat further down the page
def test_each_hit_is_kept_once_in_first_seen_order(reference, ids):
    assert_same(unique_hits(list(ids)), reference.unique_hits(list(ids)), ids=ids)


@kata_settings
@given(products=products)
@example(products=[("pen", 4), ("cup", 4)])  # a tie, not in alphabetical order
def test_equal_ratings_keep_their_input_order(reference, products):
    assert_same(by_rating(list(products)), reference.by_rating(list(products)), products=products)
