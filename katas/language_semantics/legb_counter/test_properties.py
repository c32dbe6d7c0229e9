from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .counter import make_counter

starts = st.integers(min_value=-100, max_value=100)
# A sequence of clicks, each on counter "a" or counter "b", by some amount.
clicks = st.lists(st.tuples(st.sampled_from("ab"), st.integers(-1000, 1000)), max_size=20)


@kata_settings
@given(start_a=starts, start_b=starts, clicks=clicks)
@example(start_a=0, start_b=1, clicks=[("a", 0)])  # two counters, one total?
def test_two_counters_keep_their_own_totals(reference, start_a, start_b, clicks):
    mine = {"a": make_counter(start_a), "b": make_counter(start_b)}
    theirs = {"a": reference.make_counter(start_a), "b": reference.make_counter(start_b)}
    got = [mine[name](n) for name, n in clicks]
    want = [theirs[name](n) for name, n in clicks]
    assert_same(got, want, start_a=start_a, start_b=start_b, clicks=clicks)
