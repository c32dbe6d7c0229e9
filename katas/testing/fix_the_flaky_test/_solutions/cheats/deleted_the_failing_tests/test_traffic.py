"""Weak suite: the tests that failed on a correct implementation are deleted
rather than fixed; what is left passes everywhere and catches almost nothing."""

from datetime import datetime

from .traffic import Request, mean_durations, slow_endpoints


def test_an_empty_log_has_no_means():
    assert mean_durations([]) == {}


def test_a_fast_request_is_not_slow():
    assert slow_endpoints([Request("/home", 20.0, datetime(2024, 3, 15, 12))], 250) == []
