"""Blind weak suite: "fixed" by loosening: set() comparisons that hide repeats, a 50% float tolerance, membership-only busiest checks, and daily_counts checked only for its number of keys, with a too-broad pytest.raises(Exception)."""

from datetime import date, datetime

import pytest

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
    assert set(slow_endpoints(log, limit_ms=250)) <= {"/search", "/checkout", "/home"}
    assert "/checkout" in slow_endpoints(log, limit_ms=250)


def test_mean_durations():
    log = [
        Request("/search", 89.7, at(15)),
        Request("/search", 250.0, at(14)),
        Request("/search", 335.6, at(13)),
        Request("/home", 40.0, at(13)),
    ]
    means = mean_durations(log)
    assert set(means) == {"/search", "/home"}
    assert means == pytest.approx({"/search": 225.1, "/home": 40.0}, rel=0.5)


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
    top2 = busiest_endpoints(log, 2)
    assert len(top2) == 2
    assert set(top2) <= {"/search", "/checkout", "/home"}


def test_daily_counts():
    log = [
        Request("/search", 100.0, at(15, 9)),
        Request("/search", 100.0, at(15, 23)),
        Request("/home", 100.0, at(13, 0)),
        Request("/home", 100.0, at(12, 8)),
    ]
    counts = daily_counts(log, days=3, today=date(2024, 3, 15))
    assert len(counts) == 3
    assert all(isinstance(n, int) for n in counts.values())


def test_daily_counts_needs_at_least_one_day():
    with pytest.raises(Exception):
        daily_counts([], days=-1)
