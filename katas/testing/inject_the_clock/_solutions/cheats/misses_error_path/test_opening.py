"""Blind weak suite: thorough on the happy path and timezones, but never passes a naive datetime, so the promised ValueError is untested."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from .opening import is_open, next_opening

IST = timezone(timedelta(hours=5, minutes=30))
PDT = timezone(timedelta(hours=-7))


@pytest.mark.parametrize(
    "moment, expected",
    [
        (datetime(2024, 6, 3, 9, 0, tzinfo=UTC), True),
        (datetime(2024, 6, 3, 8, 59, 59, 999999, tzinfo=UTC), False),
        (datetime(2024, 6, 4, 12, 0, tzinfo=UTC), True),
        (datetime(2024, 6, 7, 16, 59, 59, 999999, tzinfo=UTC), True),
        (datetime(2024, 6, 7, 17, 0, tzinfo=UTC), False),
        (datetime(2024, 6, 8, 12, 0, tzinfo=UTC), False),
        (datetime(2024, 6, 9, 10, 0, tzinfo=UTC), False),
        (datetime(2024, 6, 4, 10, 30, tzinfo=IST), False),  # 05:00 UTC
        (datetime(2024, 6, 4, 3, 0, tzinfo=PDT), True),  # 10:00 UTC
    ],
)
def test_is_open(moment, expected):
    assert is_open(moment) is expected


@pytest.mark.parametrize(
    "after, expected",
    [
        (datetime(2024, 6, 3, 9, 0, tzinfo=UTC), datetime(2024, 6, 3, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 3, 8, 0, tzinfo=UTC), datetime(2024, 6, 3, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 3, 9, 0, 0, 1, tzinfo=UTC), datetime(2024, 6, 4, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 7, 12, 0, tzinfo=UTC), datetime(2024, 6, 10, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 8, 12, 0, tzinfo=UTC), datetime(2024, 6, 10, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 9, 8, 0, tzinfo=UTC), datetime(2024, 6, 10, 9, 0, tzinfo=UTC)),
        (
            datetime(2024, 6, 3, 10, 0, tzinfo=timezone(timedelta(hours=5))),
            datetime(2024, 6, 3, 9, 0, tzinfo=UTC),
        ),
    ],
)
def test_next_opening(after, expected):
    assert next_opening(after) == expected


def test_next_opening_is_in_utc():
    assert next_opening(datetime(2024, 6, 4, 12, 0, tzinfo=PDT)).tzinfo is UTC
