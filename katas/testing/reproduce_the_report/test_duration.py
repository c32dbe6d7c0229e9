"""Your tests for duration.parse_duration, and the proof that bug #4127 is fixed.

TODO: first reproduce the report. Write a test that says what the reporter
expected, parse_duration("1h30m") == 5400, run it, and watch it fail on
duration.py as it is now, for the reason in the report (1800: only the minutes).
Only then fix duration.py. Keep that test, and add the tests that would catch a
fix that works for the reported input only, or one that breaks what already
worked: single parts, the other ways to combine parts, every ValueError in the
docstring. Your tests also run against other correct versions of duration.py,
and against plausible wrong fixes: each of those must fail one of them.
"""

from .duration import parse_duration


def test_seconds_alone():
    assert parse_duration("90s") == 90
