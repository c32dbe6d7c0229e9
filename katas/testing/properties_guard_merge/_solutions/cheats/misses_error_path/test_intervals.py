"""Blind weak suite: good Hypothesis properties of the happy path, but the promised ValueError for start > end is never tested."""

import copy

from hypothesis import given
from hypothesis import strategies as st

from .intervals import merge_intervals

numbers = st.integers(-10, 10)
interval = st.tuples(numbers, numbers).map(lambda p: (min(p), max(p)))
interval_lists = st.lists(interval, max_size=8)


def covered(xs):
    return {n for a, b in xs for n in range(a, b + 1)}


@given(interval_lists)
def test_covers_the_same_integers(intervals):
    assert covered(merge_intervals(intervals)) == covered(intervals)


@given(interval_lists)
def test_sorted_and_separated(intervals):
    result = merge_intervals(intervals)
    for start, end in result:
        assert start <= end
    for (_, end), (next_start, _) in zip(result, result[1:]):
        assert next_start >= end + 2


@given(interval_lists, st.data())
def test_input_order_does_not_matter(intervals, data):
    shuffled = data.draw(st.permutations(intervals))
    assert merge_intervals(shuffled) == merge_intervals(intervals)


@given(interval_lists)
def test_idempotent(intervals):
    once = merge_intervals(intervals)
    assert merge_intervals(once) == once


@given(interval_lists)
def test_callers_list_unchanged(intervals):
    before = copy.deepcopy(intervals)
    merge_intervals(intervals)
    assert intervals == before


def test_empty():
    assert merge_intervals([]) == []


def test_docstring_examples():
    assert merge_intervals([(1, 3), (2, 5), (8, 9)]) == [(1, 5), (8, 9)]
    assert merge_intervals([(1, 2), (3, 4), (6, 6)]) == [(1, 4), (6, 6)]
