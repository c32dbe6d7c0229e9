"""Weak suite: leaves opening.py reading the clock itself and patches opening.datetime
to freeze time instead. It passes on that module, but it calls is_open() and
next_opening() without the moment, so it fails on every refactored implementation."""

from datetime import UTC, datetime

import pytest

from . import opening


def freeze(monkeypatch, moment):
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return moment

    monkeypatch.setattr(opening, "datetime", Frozen)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2024, 6, 3, 9, 0, tzinfo=UTC), True),
        (datetime(2024, 6, 7, 17, 0, tzinfo=UTC), False),
        (datetime(2024, 6, 8, 12, 0, tzinfo=UTC), False),
    ],
)
def test_is_open(monkeypatch, moment, expected):
    freeze(monkeypatch, moment)
    assert opening.is_open() is expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2024, 6, 3, 9, 0, tzinfo=UTC), datetime(2024, 6, 3, 9, 0, tzinfo=UTC)),
        (datetime(2024, 6, 7, 17, 0, tzinfo=UTC), datetime(2024, 6, 10, 9, 0, tzinfo=UTC)),
    ],
)
def test_next_opening(monkeypatch, moment, expected):
    freeze(monkeypatch, moment)
    assert opening.next_opening() == expected
