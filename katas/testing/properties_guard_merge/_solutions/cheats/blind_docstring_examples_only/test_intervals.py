"""Blind weak suite: only the docstring examples and the starting test; no properties, no nesting, same starts, unsorted input, [] , ValueError or caller's-list checks."""

from .intervals import merge_intervals


def test_overlapping_intervals_merge():
    assert merge_intervals([(1, 3), (2, 5)]) == [(1, 5)]


def test_docstring_example_overlap_and_gap():
    assert merge_intervals([(1, 3), (2, 5), (8, 9)]) == [(1, 5), (8, 9)]


def test_docstring_example_side_by_side():
    assert merge_intervals([(1, 2), (3, 4), (6, 6)]) == [(1, 4), (6, 6)]
