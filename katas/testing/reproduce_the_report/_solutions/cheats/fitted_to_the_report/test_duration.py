"""Blind weak suite: checks the fix only on hours-plus-minutes inputs like the report's and single parts; never minutes+seconds, a skipped unit or three parts (its own fix special-cases h+m)."""

import pytest

from .duration import parse_duration


def test_seconds_alone():
    assert parse_duration("90s") == 90


def test_bug_4127():
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize("text, seconds", [("2h15m", 8100), ("0h45m", 2700), ("10h1m", 36060)])
def test_other_hours_and_minutes(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text, seconds", [("2h", 7200), ("45m", 2700), ("0s", 0)])
def test_single_parts_still_work(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "90", "1d", "30m1h", "1h 30m"])
def test_bad_text_is_rejected(text):
    with pytest.raises(ValueError):
        parse_duration(text)
