"""Property tests for intervals.merge_intervals: promises that hold for every input,
checked by Hypothesis on inputs nobody would think to write down, plus examples
for the rules a property does not state."""

from itertools import pairwise

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from .intervals import merge_intervals

# Small numbers make the inputs where merging goes wrong likely: overlaps, shared
# ends, neighbours, nesting, repeats and single numbers.
numbers = st.integers(min_value=-10, max_value=10)
interval = st.tuples(numbers, numbers).map(lambda pair: (min(pair), max(pair)))
interval_lists = st.lists(interval, max_size=8)


def covered(intervals):
    """The integers a list of intervals stands for: what merging must preserve."""
    return {n for start, end in intervals for n in range(start, end + 1)}


# Each @example pins an input that once broke a version of merge_intervals: it is
# tried on every run, whatever Hypothesis generates.
@given(interval_lists)
@example([])
@example([(4, 5), (1, 2)])
@example([(1, 10), (2, 3)])
@example([(7, 7)])
@example([(1, 5), (1, 2)])
def test_the_result_covers_exactly_the_integers_of_the_input(intervals):
    assert covered(merge_intervals(intervals)) == covered(intervals)


@given(interval_lists)
@example([(1, 2), (2, 3)])
@example([(1, 2), (3, 4)])
def test_the_result_is_sorted_with_a_gap_between_neighbours(intervals):
    result = merge_intervals(intervals)
    assert all(start <= end for start, end in result)
    for (_, end), (next_start, _) in pairwise(result):
        assert next_start >= end + 2


@given(interval_lists, st.data())
def test_the_order_of_the_input_does_not_matter(intervals, data):
    shuffled = data.draw(st.permutations(intervals))
    assert merge_intervals(shuffled) == merge_intervals(intervals)


@given(interval_lists)
def test_merging_the_result_again_changes_nothing(intervals):
    once = merge_intervals(intervals)
    assert merge_intervals(once) == once


@given(interval_lists)
@example([(3, 4), (1, 2)])
def test_the_callers_list_is_left_alone(intervals):
    before = list(intervals)
    merge_intervals(intervals)
    assert intervals == before


def test_overlapping_intervals_merge():
    assert merge_intervals([(1, 3), (2, 5)]) == [(1, 5)]


@pytest.mark.parametrize(
    ("intervals", "merged"),
    [
        ([], []),
        ([(7, 7)], [(7, 7)]),
        ([(1, 3), (2, 5), (8, 9)], [(1, 5), (8, 9)]),
        ([(1, 2), (3, 4), (6, 6)], [(1, 4), (6, 6)]),
        ([(-5, -3), (-2, 0)], [(-5, 0)]),
    ],
)
def test_examples_from_the_contract(intervals, merged):
    assert merge_intervals(intervals) == merged


def test_an_interval_that_ends_before_it_starts_raises_value_error():
    with pytest.raises(ValueError):
        merge_intervals([(1, 2), (5, 4)])
