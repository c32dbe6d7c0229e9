"""Blind weak suite: only the docstring examples; no leftover-cent ordering, ties, zero shares, errors or caller's-list checks."""

from .bill import split


def test_an_even_split():
    assert split(100, [1, 1]) == [50, 50]


def test_three_way_split_of_a_dollar():
    assert split(100, [1, 1, 1]) == [34, 33, 33]


def test_one_to_three():
    assert split(1000, [1, 3]) == [250, 750]
