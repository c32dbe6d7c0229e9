"""Blind weak suite: only the two docstring examples (Tuesday noon open, Friday 17:00 -> Monday); no boundaries, weekends, timezones or naive datetimes."""

from datetime import UTC, datetime

from .opening import is_open, next_opening


def test_open_on_a_tuesday_at_noon():
    assert is_open(datetime(2024, 6, 4, 12, 0, tzinfo=UTC))


def test_next_opening_from_friday_closing_is_monday():
    assert next_opening(datetime(2024, 6, 7, 17, 0, tzinfo=UTC)) == datetime(
        2024, 6, 10, 9, 0, tzinfo=UTC
    )
