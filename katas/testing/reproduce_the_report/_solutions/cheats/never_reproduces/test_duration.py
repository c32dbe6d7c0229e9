"""Weak suite: written around the fix, never of the reported shape: single parts
and the errors only, so it passes on duration.py with the reported bug."""

import pytest

from .duration import parse_duration


@pytest.mark.parametrize(("text", "seconds"), [("2h", 7200), ("45m", 2700), ("90s", 90)])
def test_single_parts(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "90", "1d", "30m1h", "1m1m", "1h 30m", "-5m"])
def test_errors(text):
    with pytest.raises(ValueError):
        parse_duration(text)
