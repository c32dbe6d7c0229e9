"""Weak suite: the reproduction of the report and nothing else; a fix that answers
5400 for "1h30m" alone, or that breaks the other combinations, passes it."""

from .duration import parse_duration


def test_seconds_alone():
    assert parse_duration("90s") == 90


def test_bug_4127():
    assert parse_duration("1h30m") == 5400
