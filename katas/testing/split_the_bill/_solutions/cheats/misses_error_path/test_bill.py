"""Blind weak suite: thorough happy path, but never checks any of the promised ValueError cases."""

import pytest

from .bill import split


def test_an_even_split():
    assert split(100, [1, 1]) == [50, 50]


def test_docstring_examples():
    assert split(100, [1, 1, 1]) == [34, 33, 33]
    assert split(1000, [1, 3]) == [250, 750]


@pytest.mark.parametrize(
    "total, shares",
    [(10, [14, 56, 30]), (7, [3, 1, 2]), (99, [1, 2, 3, 4]), (1, [5, 5, 5]), (0, [1, 2])],
)
def test_amounts_add_up_to_the_total(total, shares):
    assert sum(split(total, shares)) == total


def test_leftover_goes_to_largest_fractional_part():
    assert split(10, [14, 56, 30]) == [1, 6, 3]


def test_equal_fractional_parts_favour_the_earlier_person():
    assert split(2, [1, 1, 1]) == [1, 1, 0]
    assert split(10, [9, 8, 8]) == [4, 3, 3]


def test_zero_share_gets_zero():
    assert split(100, [0, 1, 1]) == [0, 50, 50]


def test_callers_list_is_unchanged():
    shares = [3, 1, 2]
    split(7, shares)
    assert shares == [3, 1, 2]


def test_same_call_same_answer():
    assert split(10, [14, 56, 30]) == split(10, [14, 56, 30])
