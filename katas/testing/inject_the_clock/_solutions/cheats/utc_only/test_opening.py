"""Weak suite: thorough on the boundaries and the weekend, but every moment is given
in UTC, so it never sees a moment in another timezone, a naive datetime, or the
timezone of what next_opening returns."""

from datetime import UTC, datetime

import pytest

from .opening import is_open, next_opening


def at(day, hour, minute=0, second=0):
    return datetime(2024, 6, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(3, 9), True),
        (at(3, 8, 59, 59), False),
        (at(7, 16, 59, 59), True),
        (at(7, 17), False),
        (at(8, 12), False),
        (at(9, 12), False),
    ],
)
def test_is_open(moment, expected):
    assert is_open(moment) is expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(3, 8), at(3, 9)),
        (at(3, 9), at(3, 9)),
        (at(3, 9, 0, 1), at(4, 9)),
        (at(7, 12), at(10, 9)),
        (at(8, 12), at(10, 9)),
    ],
)
def test_next_opening(moment, expected):
    assert next_opening(moment) == expected
