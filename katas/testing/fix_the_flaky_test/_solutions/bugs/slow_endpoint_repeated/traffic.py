"""A traffic report over a web service's request log.

A ``Request`` is one line of the log: its ``endpoint`` (a str, such as
``"/search"``), ``duration_ms`` (a float >= 0) and ``at`` (a naive datetime, in
local time). Every function takes the log as a list of Requests, in any order,
and leaves it unchanged.

``slow_endpoints(log, limit_ms)`` -> list[str]
    The endpoints with at least one request that took longer than ``limit_ms``
    (a request of exactly ``limit_ms`` is not slow), each endpoint once. The
    order of the list is not specified.

``mean_durations(log)`` -> dict[str, float]
    The mean duration of each endpoint's requests, for every endpoint in the log
    and no other. The means are floats: exact up to floating-point rounding, so
    their last digits may differ with the order in which durations are added.

``busiest_endpoints(log, n)`` -> list[str]
    The ``n`` endpoints (``n >= 1``) with the most requests, most first; all of
    them if the log has fewer. Endpoints with as many requests as each other may
    come in any order among themselves.

``daily_counts(log, days=7, today=None)`` -> dict[date, int]
    How many requests were made on each of the ``days`` days that end with
    ``today``, today included: exactly ``days`` keys, from ``today - (days - 1)``
    to ``today``, with 0 for a day without requests. Requests on other days are
    not counted. The order of the keys is not specified. ``today`` is a date;
    when it is not given, the current local date. ``ValueError`` if ``days < 1``.

>>> log = [Request("/search", 120.0, datetime(2024, 3, 15, 9, 30)),
...        Request("/search", 80.0, datetime(2024, 3, 14, 18, 0))]
>>> mean_durations(log)
{'/search': 100.0}
>>> daily_counts(log, days=2, today=date(2024, 3, 15)) == {
...     date(2024, 3, 14): 1, date(2024, 3, 15): 1}
True
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import NamedTuple


class Request(NamedTuple):
    endpoint: str
    duration_ms: float
    at: datetime


def slow_endpoints(log: list[Request], limit_ms: float) -> list[str]:
    return [r.endpoint for r in log if r.duration_ms > limit_ms]


def mean_durations(log: list[Request]) -> dict[str, float]:
    durations: dict[str, list[float]] = {}
    for r in log:
        durations.setdefault(r.endpoint, []).append(r.duration_ms)
    return {endpoint: sum(ds) / len(ds) for endpoint, ds in durations.items()}


def busiest_endpoints(log: list[Request], n: int) -> list[str]:
    counts = Counter(r.endpoint for r in log)
    ranked = sorted(counts, key=lambda endpoint: (-counts[endpoint], endpoint))
    return ranked[:n]


def daily_counts(log: list[Request], days: int = 7, today: date | None = None) -> dict[date, int]:
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    if today is None:
        today = date.today()
    first = today - timedelta(days=days - 1)
    counts = {first + timedelta(days=i): 0 for i in range(days)}
    for r in log:
        day = r.at.date()
        if day in counts:
            counts[day] += 1
    return counts
