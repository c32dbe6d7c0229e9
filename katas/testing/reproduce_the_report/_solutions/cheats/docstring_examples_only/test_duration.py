"""Blind weak suite: only the docstring's doctests and the report's "1h30m"; no other combination of parts, no skipped unit, no three parts, no ValueError."""

from .duration import parse_duration


def test_seconds_alone():
    assert parse_duration("90s") == 90


def test_docstring_examples():
    assert parse_duration("45s") == 45
    assert parse_duration("2h") == 7200


def test_bug_4127_hours_and_minutes_add_up():
    assert parse_duration("1h30m") == 5400
