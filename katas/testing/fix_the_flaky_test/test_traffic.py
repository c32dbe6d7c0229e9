"""A colleague's tests for traffic.py. They pass here, yet CI goes red whenever
traffic.py is rewritten, though every rewrite was correct: these tests check
more than the contract promises, or check it in a way that breaks.

traffic.py is correct: do not change it. Fix the TESTS.

TODO: run the kata and read which test fails on which correct implementation.
Then, for each, find what it relies on that traffic.py's docstring does not
promise, and rewrite it to check only what is promised. Keep every test strong:
your tests must still catch each planted bug, so weakening or deleting a test
is not a fix.
"""

from datetime import date, datetime

import pytest

from . import traffic
from .traffic import Request, busiest_endpoints, daily_counts, mean_durations, slow_endpoints


def at(day: int, hour: int = 12) -> datetime:
    """A time in March 2024."""
    return datetime(2024, 3, day, hour)


def test_slow_endpoints():
    log = [
        Request("/search", 120.0, at(15)),
        Request("/search", 480.0, at(15)),
        Request("/checkout", 900.0, at(14)),
        Request("/home", 250.0, at(14)),
        Request("/search", 310.0, at(13)),
    ]
    assert slow_endpoints(log, limit_ms=250) == ["/search", "/checkout"]


def test_mean_durations():
    log = [
        Request("/search", 89.7, at(15)),
        Request("/search", 250.0, at(14)),
        Request("/search", 335.6, at(13)),
        Request("/home", 40.0, at(13)),
    ]
    assert mean_durations(log) == {"/search": 225.1, "/home": 40.0}


def test_an_empty_log_has_no_means():
    assert mean_durations([]) == {}


def test_busiest_endpoints():
    log = [
        Request("/home", 20.0, at(15)),
        Request("/search", 100.0, at(15)),
        Request("/checkout", 950.0, at(15)),
        Request("/search", 90.0, at(14)),
        Request("/home", 25.0, at(14)),
        Request("/checkout", 990.0, at(14)),
        Request("/search", 110.0, at(13)),
    ]
    assert busiest_endpoints(log, 2) == ["/search", "/checkout"]


class FrozenDate(date):
    """A date class whose today() is always Friday 15 March 2024."""

    @classmethod
    def today(cls) -> "FrozenDate":
        return cls(2024, 3, 15)


def test_daily_counts(monkeypatch):
    monkeypatch.setattr(traffic, "date", FrozenDate)  # stop the clock
    log = [
        Request("/search", 100.0, at(15, 9)),
        Request("/search", 100.0, at(15, 23)),
        Request("/home", 100.0, at(13, 0)),
        Request("/home", 100.0, at(12, 8)),
    ]
    assert daily_counts(log, days=3) == {
        date(2024, 3, 13): 1,
        date(2024, 3, 14): 0,
        date(2024, 3, 15): 2,
    }


def test_daily_counts_needs_at_least_one_day():
    with pytest.raises(ValueError, match="days must be at least 1, got 0"):
        daily_counts([], days=0)
