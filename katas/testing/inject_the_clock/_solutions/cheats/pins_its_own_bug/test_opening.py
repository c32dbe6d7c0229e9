"""Weak suite: the refactored module keeps the desk open at exactly 17:00, and a test
pins that down as if it were the contract, so it fails on every correct
implementation."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from .opening import is_open, next_opening


def at(day, hour, minute=0, second=0):
    return datetime(2024, 6, day, hour, minute, second, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(3, 9), True),
        (at(3, 8, 59, 59), False),
        (at(7, 17), True),
        (at(7, 17, 0, 1), False),
        (at(8, 12), False),
        (datetime(2024, 6, 4, 10, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))), False),
    ],
)
def test_is_open(moment, expected):
    assert is_open(moment) is expected


def test_naive_refused():
    with pytest.raises(ValueError):
        is_open(datetime(2024, 6, 4, 12))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(3, 8), at(3, 9)),
        (at(3, 9), at(3, 9)),
        (at(3, 9, 0, 1), at(4, 9)),
        (at(8, 12), at(10, 9)),
    ],
)
def test_next_opening(moment, expected):
    assert next_opening(moment) == expected
    assert next_opening(moment).tzinfo is UTC
