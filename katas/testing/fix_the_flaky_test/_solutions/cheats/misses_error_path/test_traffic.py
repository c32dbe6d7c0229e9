"""Blind weak suite: a correct fix of the order, float and clock tests, but the ValueError test was deleted with its wording problem, so days < 1 is never checked."""

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
    assert sorted(slow_endpoints(log, limit_ms=250)) == ["/checkout", "/search"]


def test_mean_durations():
    log = [
        Request("/search", 89.7, at(15)),
        Request("/search", 250.0, at(14)),
        Request("/search", 335.6, at(13)),
        Request("/home", 40.0, at(13)),
    ]
    assert mean_durations(log) == pytest.approx({"/search": 225.1, "/home": 40.0})


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
    assert busiest_endpoints(log, 1) == ["/search"]
    top3 = busiest_endpoints(log, 3)
    assert top3[0] == "/search"
    assert sorted(top3[1:]) == ["/checkout", "/home"]


def test_daily_counts():
    log = [
        Request("/search", 100.0, at(15, 9)),
        Request("/search", 100.0, at(15, 23)),
        Request("/home", 100.0, at(13, 0)),
        Request("/home", 100.0, at(12, 8)),
    ]
    assert daily_counts(log, days=3, today=date(2024, 3, 15)) == {
        date(2024, 3, 13): 1,
        date(2024, 3, 14): 0,
        date(2024, 3, 15): 2,
    }
