from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .search import by_rating, unique_hits

# Few distinct ids, so that repeats are common, near each other or far apart;
# large and negative ones too, so that a set's order is nothing like the input's.
ids = st.lists(st.integers(0, 5) | st.integers(-1000, 1000) | st.integers(), max_size=10)
names = st.sampled_from(["cup", "mug", "pen", "Tea"]) | st.text(max_size=3)
ratings = st.integers(1, 5) | st.integers()
products = st.lists(st.tuples(names, ratings), max_size=8)


@kata_settings
@given(ids=ids)
@example(ids=[2, 1, 2])  # a repeat further down the page
def test_each_hit_is_kept_once_in_first_seen_order(reference, ids):
    assert_same(unique_hits(list(ids)), reference.unique_hits(list(ids)), ids=ids)


@kata_settings
@given(products=products)
@example(products=[("pen", 4), ("cup", 4)])  # a tie, not in alphabetical order
@example(products=[("cup", -1), ("pen", 0), ("mug", -1)])  # ratings below 1
def test_equal_ratings_keep_their_input_order(reference, products):
    assert_same(by_rating(list(products)), reference.by_rating(list(products)), products=products)


@kata_settings
@given(ids=ids, products=products)
@example(ids=[1], products=[("pen", 4), ("cup", 5)])
def test_each_call_answers_on_its_own_and_leaves_its_input_alone(reference, ids, products):
    hits, page = list(ids), list(products)
    got = [unique_hits(hits), by_rating(page), unique_hits(hits), by_rating(page)]
    want = [reference.unique_hits(ids), reference.by_rating(products)] * 2
    assert_same(
        {"answers": got, "ids afterwards": hits, "products afterwards": page},
        {"answers": want, "ids afterwards": ids, "products afterwards": products},
        ids=ids,
        products=products,
    )
