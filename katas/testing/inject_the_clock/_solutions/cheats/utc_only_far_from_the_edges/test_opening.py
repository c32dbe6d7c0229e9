"""Blind weak suite: every moment is in UTC and hours away from 09:00/17:00, results compared with == only; misses the boundaries, other timezones, the result's tzinfo and naive datetimes."""

from datetime import UTC, datetime

from .opening import is_open, next_opening


def test_open_midweek_midday():
    assert is_open(datetime(2024, 6, 5, 13, 0, tzinfo=UTC))


def test_closed_at_night():
    assert not is_open(datetime(2024, 6, 5, 22, 0, tzinfo=UTC))


def test_closed_early_morning():
    assert not is_open(datetime(2024, 6, 5, 4, 0, tzinfo=UTC))


def test_closed_on_sunday():
    assert not is_open(datetime(2024, 6, 9, 12, 0, tzinfo=UTC))


def test_next_opening_from_tuesday_evening():
    assert next_opening(datetime(2024, 6, 4, 20, 0, tzinfo=UTC)) == datetime(
        2024, 6, 5, 9, 0, tzinfo=UTC
    )


def test_next_opening_from_sunday():
    assert next_opening(datetime(2024, 6, 9, 20, 0, tzinfo=UTC)) == datetime(
        2024, 6, 10, 9, 0, tzinfo=UTC
    )


def test_next_opening_is_aware():
    result = next_opening(datetime(2024, 6, 4, 20, 0, tzinfo=UTC))
    assert result.tzinfo is not None
