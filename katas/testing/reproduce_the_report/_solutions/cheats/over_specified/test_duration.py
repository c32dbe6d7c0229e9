"""Blind weak suite: pins the ValueError wording ("not a duration: '...'") and the private _DURATION/_PART/_SECONDS_PER_UNIT helpers and their call counts.

Thorough on the values otherwise.
"""

import re
from unittest import mock

import pytest

from . import duration
from .duration import parse_duration


def test_seconds_alone():
    assert parse_duration("90s") == 90


def test_bug_4127_reported_input():
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("2h", 7200),
        ("45m", 2700),
        ("0s", 0),
        ("90m", 5400),
        ("120s", 120),
        ("5m30s", 330),
        ("1h15s", 3615),
        ("1h30m15s", 5415),
        ("2h15m", 8100),
        ("007m", 420),
    ],
)
def test_values(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "90", "h", "1d", "1H", "30m1h", "1m1m", " 1h", "1h 30m", "1h\n", "-5m", "1.5h"]
)
def test_error_message(text):
    with pytest.raises(ValueError, match="^" + re.escape(f"not a duration: {text!r}") + "$"):
        parse_duration(text)


def test_unit_table():
    assert duration._SECONDS_PER_UNIT == {"h": 3600, "m": 60, "s": 1}


def test_parts_are_found_once_per_call():
    with mock.patch.object(duration, "_PART", wraps=duration._PART) as part:
        parse_duration("1h30m15s")
    part.findall.assert_called_once_with("1h30m15s")


def test_the_whole_text_is_matched_by_the_pattern():
    assert duration._DURATION.fullmatch("1h30m15s") is not None
    assert duration._DURATION.fullmatch("30m1h") is None
