"""Weak suite: reproduces the report and checks every combination of parts, but
never a ValueError: a fix that stops validating the text passes it."""

import pytest

from .duration import parse_duration


def test_bug_4127():
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("2h", 7200), ("90s", 90), ("2h15m", 8100), ("5m30s", 330), ("1h15s", 3615)],
)
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


def test_three_parts():
    assert parse_duration("1h30m15s") == 5415
