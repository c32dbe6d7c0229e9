"""Blind weak suite: properties only of the output's shape (sorted, gapped, idempotent) over generated inputs that are already sorted, wide and positive; never checks what the result covers, input order, the caller's list, [] or ValueError."""

from hypothesis import given
from hypothesis import strategies as st

from .intervals import merge_intervals

# Positive, wide-ranging numbers; the input is sorted so it looks like real data.
numbers = st.integers(1, 10_000)
interval = st.tuples(numbers, numbers).map(lambda p: (min(p), max(p)))
sorted_intervals = st.lists(interval, min_size=1, max_size=8).map(sorted)


def test_overlapping_intervals_merge():
    assert merge_intervals([(1, 3), (2, 5)]) == [(1, 5)]


@given(sorted_intervals)
def test_result_is_sorted(intervals):
    result = merge_intervals(intervals)
    assert result == sorted(result)


@given(sorted_intervals)
def test_result_has_no_overlaps(intervals):
    result = merge_intervals(intervals)
    for (_, end), (next_start, _) in zip(result, result[1:]):
        assert next_start > end


@given(sorted_intervals)
def test_merging_twice_changes_nothing(intervals):
    once = merge_intervals(intervals)
    assert merge_intervals(once) == once


@given(sorted_intervals)
def test_never_more_intervals_than_given(intervals):
    assert len(merge_intervals(intervals)) <= len(intervals)
