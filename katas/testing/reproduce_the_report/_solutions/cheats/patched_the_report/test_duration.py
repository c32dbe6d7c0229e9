"""Weak suite, with a fitted fix: duration.py answers 5400 for "1h30m" alone (the
other parts still overwrite each other), and the tests check nothing else."""

import pytest

from .duration import parse_duration


def test_bug_4127_is_fixed():
    assert parse_duration("1h30m") == 5400


@pytest.mark.parametrize(("text", "seconds"), [("2h", 7200), ("45m", 2700), ("90s", 90)])
def test_single_parts(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "90", "1d", "30m1h"])
def test_errors(text):
    with pytest.raises(ValueError):
        parse_duration(text)
