"""Weak suite: the refactor is right, but the tests only try the middle of a day and
the middle of a weekend: no opening or closing instant, no other timezone, no naive
datetime, and never the timezone of the result."""

from datetime import UTC, datetime

from .opening import is_open, next_opening


def test_open_on_a_weekday():
    assert is_open(datetime(2024, 6, 4, 12, 0, tzinfo=UTC))


def test_closed_at_night():
    assert not is_open(datetime(2024, 6, 4, 22, 0, tzinfo=UTC))


def test_closed_on_sunday():
    assert not is_open(datetime(2024, 6, 9, 12, 0, tzinfo=UTC))


def test_next_opening_from_sunday():
    assert next_opening(datetime(2024, 6, 9, 12, 0, tzinfo=UTC)) == datetime(
        2024, 6, 10, 9, 0, tzinfo=UTC
    )
