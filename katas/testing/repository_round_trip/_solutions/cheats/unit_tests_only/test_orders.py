"""Weak suite: thorough unit tests of order_total (threshold, rounding, every
ValueError), but never a database: every storage bug survives."""

import pytest

from .orders import order_total


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        ([(250, 4)], 1000),
        ([(1999, 1), (1, 2)], 2001),
        ([(9999, 1)], 9999),
        ([(10000, 1)], 9000),
        ([(10004, 1)], 9004),
        ([(10005, 1)], 9004),
        ([(10006, 1)], 9005),
    ],
)
def test_order_total(lines, total):
    assert order_total(lines) == total


@pytest.mark.parametrize("lines", [[], [(-1, 1)], [(100, 0)]])
def test_bad_lines_raise(lines):
    with pytest.raises(ValueError):
        order_total(lines)
