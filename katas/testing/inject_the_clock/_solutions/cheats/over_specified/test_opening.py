"""Blind weak suite: over-specifies the module's internals (OPENS/CLOSES/FRIDAY constants, monkeypatching them, the exact wording of the naive-datetime error, the exact repr of the result)."""

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from . import opening
from .opening import is_open, next_opening


def test_module_constants():
    assert opening.OPENS == time(9, 0)
    assert opening.CLOSES == time(17, 0)
    assert opening.FRIDAY == 4


def test_is_open_uses_the_opens_constant(monkeypatch):
    monkeypatch.setattr(opening, "OPENS", time(10, 0))
    assert not is_open(datetime(2024, 6, 4, 9, 30, tzinfo=UTC))


def test_is_open_uses_the_closes_constant(monkeypatch):
    monkeypatch.setattr(opening, "CLOSES", time(18, 0))
    assert is_open(datetime(2024, 6, 4, 17, 30, tzinfo=UTC))


def test_open_at_nine_on_monday():
    assert is_open(datetime(2024, 6, 3, 9, 0, tzinfo=UTC))


def test_closed_just_before_nine():
    assert not is_open(datetime(2024, 6, 3, 8, 59, 59, 999999, tzinfo=UTC))


def test_closed_at_five_on_friday():
    assert not is_open(datetime(2024, 6, 7, 17, 0, tzinfo=UTC))


def test_open_just_before_five_on_friday():
    assert is_open(datetime(2024, 6, 7, 16, 59, 59, 999999, tzinfo=UTC))


def test_closed_on_saturday():
    assert not is_open(datetime(2024, 6, 8, 12, 0, tzinfo=UTC))


def test_other_timezone_is_converted():
    # Tuesday 10:30 at UTC+05:30 is 05:00 UTC.
    ist = timezone(timedelta(hours=5, minutes=30))
    assert not is_open(datetime(2024, 6, 4, 10, 30, tzinfo=ist))


def test_naive_error_message():
    with pytest.raises(ValueError, match=r"^a naive datetime has no timezone"):
        is_open(datetime(2024, 6, 4, 12, 0))


def test_naive_error_message_next_opening():
    with pytest.raises(ValueError, match="naive datetime"):
        next_opening(datetime(2024, 6, 4, 12, 0))


def test_next_opening_at_nine_is_that_moment():
    at = datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
    assert next_opening(at) == at


def test_next_opening_before_nine():
    assert next_opening(datetime(2024, 6, 3, 8, 0, tzinfo=UTC)) == datetime(
        2024, 6, 3, 9, 0, tzinfo=UTC
    )


def test_next_opening_friday_afternoon_is_monday():
    assert next_opening(datetime(2024, 6, 7, 12, 0, tzinfo=UTC)) == datetime(
        2024, 6, 10, 9, 0, tzinfo=UTC
    )


def test_next_opening_repr():
    result = next_opening(datetime(2024, 6, 8, 12, 0, tzinfo=UTC))
    assert repr(result) == "datetime.datetime(2024, 6, 10, 9, 0, tzinfo=datetime.timezone.utc)"


def test_next_opening_result_is_utc():
    pdt = timezone(timedelta(hours=-7))
    assert next_opening(datetime(2024, 6, 4, 12, 0, tzinfo=pdt)).tzinfo is UTC
