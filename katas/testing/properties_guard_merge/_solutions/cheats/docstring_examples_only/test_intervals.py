"""Weak suite: the docstring's examples, [] and the ValueError, and nothing
else; no input out of order, nested, repeated, or a list to check afterwards."""

import pytest

from .intervals import merge_intervals


def test_overlapping_intervals_merge():
    assert merge_intervals([(1, 3), (2, 5), (8, 9)]) == [(1, 5), (8, 9)]


def test_touching_intervals_merge():
    assert merge_intervals([(1, 2), (3, 4), (6, 6)]) == [(1, 4), (6, 6)]


def test_nothing_to_merge():
    assert merge_intervals([]) == []


def test_backwards_interval_raises():
    with pytest.raises(ValueError):
        merge_intervals([(5, 4)])
