"""Weak suite: good properties, but the generator only makes sorted lists of
distinct intervals, the shape the author had in mind; input out of order, a
repeated start, and a caller's list that gets sorted are never seen."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from .intervals import merge_intervals

numbers = st.integers(-10, 10)
interval = st.tuples(numbers, numbers).map(lambda pair: (min(pair), max(pair)))
sorted_lists = st.lists(interval, max_size=8, unique_by=lambda pair: pair[0]).map(sorted)


def covered(intervals):
    return {n for start, end in intervals for n in range(start, end + 1)}


@given(sorted_lists)
def test_covers_the_same_integers(intervals):
    assert covered(merge_intervals(intervals)) == covered(intervals)


@given(sorted_lists)
def test_sorted_with_gaps(intervals):
    result = merge_intervals(intervals)
    for (_, end), (next_start, _) in pairwise(result):
        assert next_start >= end + 2


@given(sorted_lists)
def test_input_unchanged(intervals):
    before = list(intervals)
    merge_intervals(intervals)
    assert intervals == before
