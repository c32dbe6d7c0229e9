"""Tests for duration.parse_duration: the reproduction of bug #4127 first, then the
contract around it, so that the fix can neither be fitted to the report nor
break what worked."""

import pytest

from .duration import parse_duration


def test_bug_4127_an_hour_and_a_half_is_5400_seconds():
    # Reported: parse_duration("1h30m") returned 1800, the minutes alone.
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("2h", 7200), ("45m", 2700), ("90s", 90), ("0s", 0), ("90m", 5400), ("007m", 420)],
)
def test_a_single_part(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2h15m", 8100),
        ("5m30s", 330),
        ("1h15s", 3615),
        ("1h30m15s", 5415),
        ("10h0m1s", 36001),
    ],
    ids=["hours and minutes", "minutes and seconds", "a unit skipped", "all three", "a zero"],
)
def test_every_combination_of_parts_adds_up(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text",
    [
        "",
        "90",
        "h",
        "1d",
        "1H",
        "30m1h",
        "1m1m",
        " 1h",
        "1h 30m",
        "1h30",
        "every 2h",
        "1h\n",
        "-5m",
        "+5m",
        "1.5h",
        "\u0661h",
    ],
)
def test_anything_else_is_a_value_error(text):
    with pytest.raises(ValueError):
        parse_duration(text)
