"""Blind weak suite: every way to combine the parts, but no ValueError case at all (bad text, out of order, repeated units, spaces)."""

import pytest

from .duration import parse_duration


def test_bug_4127_reproduction():
    # parse_duration("1h30m") returned 1800, only the minutes.
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("2h", 7200),
        ("45m", 2700),
        ("90s", 90),
        ("0s", 0),
        ("90m", 5400),
        ("120s", 120),
        ("007s", 7),
        ("2h15m", 8100),
        ("5m30s", 330),
        ("1h15s", 3615),
        ("1h30m15s", 5415),
    ],
)
def test_a_duration_is_the_sum_of_its_parts(text, seconds):
    assert parse_duration(text) == seconds


def test_the_same_text_gives_the_same_answer():
    assert parse_duration("1h30m15s") == parse_duration("1h30m15s")
