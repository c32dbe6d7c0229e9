"""Tests for opening.py: each passes the exact moment it is about, so none depends on
when it runs, and none patches datetime."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from .opening import is_open, next_opening

# One week of June 2024 (UTC): Monday 3rd to Sunday 9th, then Monday 10th.
MON, TUE, WED, THU, FRI, SAT, SUN, NEXT_MON = 3, 4, 5, 6, 7, 8, 9, 10


def utc(day, hour, minute=0, second=0, microsecond=0):
    return datetime(2024, 6, day, hour, minute, second, microsecond, tzinfo=UTC)


def zone(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


def test_open_on_a_tuesday_at_noon():
    assert is_open(datetime(2024, 6, 4, 12, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (utc(MON, 9), True),
        (utc(MON, 8, 59, 59, 999999), False),
        (utc(WED, 12), True),
        (utc(FRI, 16, 59, 59, 999999), True),
        (utc(FRI, 17), False),
        (utc(THU, 23, 59), False),
        (utc(MON, 0), False),
    ],
    ids=[
        "opening instant",
        "just before opening",
        "midday",
        "last instant",
        "closing instant",
        "late evening",
        "midnight",
    ],
)
def test_open_from_nine_until_just_before_five_on_weekdays(at, expected):
    assert is_open(at) is expected


@pytest.mark.parametrize("day", [SAT, SUN])
@pytest.mark.parametrize("hour", [9, 12, 16])
def test_closed_all_weekend(day, hour):
    assert is_open(utc(day, hour)) is False


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        # Tuesday 10:30 in India is 05:00 UTC: not open yet.
        (datetime(2024, 6, 4, 10, 30, tzinfo=zone(5, 30)), False),
        # Tuesday 18:00 at UTC+5 is 13:00 UTC: open.
        (datetime(2024, 6, 4, 18, 0, tzinfo=zone(5)), True),
        # Sunday 22:00 at UTC-12 is Monday 10:00 UTC: open.
        (datetime(2024, 6, 9, 22, 0, tzinfo=zone(-12)), True),
    ],
)
def test_a_moment_in_another_timezone_is_judged_in_utc(at, expected):
    assert is_open(at) is expected


@pytest.mark.parametrize("function", [is_open, next_opening])
def test_a_naive_datetime_is_refused(function):
    with pytest.raises(ValueError):
        function(datetime(2024, 6, 4, 12, 0))


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (utc(MON, 8), utc(MON, 9)),
        (utc(MON, 9), utc(MON, 9)),
        (utc(MON, 9, 0, 0, 1), utc(TUE, 9)),
        (utc(WED, 17), utc(THU, 9)),
        (utc(THU, 23), utc(FRI, 9)),
        (utc(FRI, 9, 0, 1), utc(NEXT_MON, 9)),
        (utc(SAT, 8), utc(NEXT_MON, 9)),
        (utc(SAT, 12), utc(NEXT_MON, 9)),
        (utc(SUN, 23, 59), utc(NEXT_MON, 9)),
    ],
    ids=[
        "before opening: that day",
        "at opening: that moment",
        "just after opening: the next day",
        "after closing: the next day",
        "thursday night: friday",
        "friday: the monday",
        "saturday morning: monday",
        "saturday noon: monday",
        "sunday night: monday",
    ],
)
def test_next_opening(after, expected):
    assert next_opening(after) == expected


def test_next_opening_is_worked_out_in_utc():
    # Monday 10:00 at UTC+5 is 05:00 UTC, before that day's opening.
    assert next_opening(datetime(2024, 6, 10, 10, 0, tzinfo=zone(5))) == utc(NEXT_MON, 9)


def test_next_opening_is_given_in_utc():
    opening = next_opening(datetime(2024, 6, 4, 12, 0, tzinfo=zone(-7)))
    assert opening == utc(WED, 9)
    assert opening.tzinfo is UTC
