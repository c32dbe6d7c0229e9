"""Blind weak suite: the failing tests deleted and replaced by the docstring examples only; slow_endpoints, busiest_endpoints, the today-less clock and the ValueError go untested."""

from datetime import date, datetime

from .traffic import Request, daily_counts, mean_durations


def docstring_log():
    return [
        Request("/search", 120.0, datetime(2024, 3, 15, 9, 30)),
        Request("/search", 80.0, datetime(2024, 3, 14, 18, 0)),
    ]


def test_mean_durations_docstring_example():
    assert mean_durations(docstring_log()) == {"/search": 100.0}


def test_an_empty_log_has_no_means():
    assert mean_durations([]) == {}


def test_daily_counts_docstring_example():
    assert daily_counts(docstring_log(), days=2, today=date(2024, 3, 15)) == {
        date(2024, 3, 14): 1,
        date(2024, 3, 15): 1,
    }
