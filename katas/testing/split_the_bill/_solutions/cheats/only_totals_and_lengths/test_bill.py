"""Blind weak suite: only checks sum and length of the result (and a too-broad pytest.raises(Exception)); never who gets which cent."""

import pytest

from .bill import split


@pytest.mark.parametrize(
    "total, shares",
    [(100, [1, 1]), (100, [1, 1, 1]), (1000, [1, 3]), (10, [14, 56, 30]), (7, [3, 1, 2])],
)
def test_amounts_add_up(total, shares):
    result = split(total, shares)
    assert len(result) == len(shares)
    assert sum(result) == total
    assert all(isinstance(a, int) for a in result)


def test_bad_input_raises():
    with pytest.raises(Exception):
        split(100, [])
    with pytest.raises(Exception):
        split(100, [0, 0])
