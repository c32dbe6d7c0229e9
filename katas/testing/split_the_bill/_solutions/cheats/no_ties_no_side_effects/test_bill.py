"""Weak suite: thorough, but never tests a tie between equal fractional parts, nor that the caller's list is left alone."""

import pytest

from .bill import split


def test_an_even_split():
    assert split(100, [1, 1]) == [50, 50]


def test_amounts_follow_the_shares():
    assert split(1000, [1, 3]) == [250, 750]


@pytest.mark.parametrize(
    ("total", "shares"),
    [(100, [1, 1, 1]), (1, [1, 1, 1]), (10, [3, 3, 3]), (999, [7, 2, 5, 1]), (0, [1, 2])],
)
def test_the_amounts_add_up_to_the_total(total, shares):
    assert sum(split(total, shares)) == total


def test_leftover_cents_go_to_the_largest_fractional_parts():
    # Exact amounts: 1.4, 5.6, 3.0 -> rounded down 1, 5, 3; one cent left, for 5.6.
    assert split(10, [14, 56, 30]) == [1, 6, 3]


def test_leftover_cents_go_first_to_the_largest_part_wherever_it_stands():
    # Exact amounts: 3.6, 3.2, 3.2 -> rounded down 3, 3, 3; one cent left, for 3.6.
    assert split(10, [9, 8, 8]) == [4, 3, 3]
    # Exact amounts: 0.2, 0.2, 0.6: the one cent goes to the last person.
    assert split(1, [1, 1, 3]) == [0, 0, 1]


def test_a_share_of_zero_pays_nothing():
    assert split(100, [0, 1, 0, 1]) == [0, 50, 0, 50]


@pytest.mark.parametrize(
    ("total", "shares"),
    [(100, []), (100, [0, 0]), (100, [2, -1]), (-1, [1, 1])],
    ids=["no shares", "all shares zero", "a negative share", "a negative total"],
)
def test_impossible_splits_raise_value_error(total, shares):
    with pytest.raises(ValueError):
        split(total, shares)
