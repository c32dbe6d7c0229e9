"""Streak arithmetic: pure functions of a set of calendar days.

A day counts when at least one kata became solved on it. The current streak
is the run of consecutive days ending today, or yesterday (it is still alive
until a whole day passes without a solve). The best streak is the longest run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

TODAY_ENV = "KATAS_TODAY"
NOW_ENV = "KATAS_NOW"


@dataclass(frozen=True)
class Streak:
    current: int
    best: int


def today(environ: dict[str, str] | None = None) -> date:
    """Today's local date, or the ISO date in ``KATAS_TODAY`` when it is set.

    Raises ValueError with a one-line message when ``KATAS_TODAY`` is malformed.
    """
    env = os.environ if environ is None else environ
    value = env.get(TODAY_ENV, "").strip()
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{TODAY_ENV}={value!r} is not an ISO date (use e.g. 2026-11-26)"
        ) from None


def _runs(days: Iterable[date]) -> list[tuple[date, int]]:
    """Maximal runs of consecutive days as (last day, length), oldest first."""
    runs: list[tuple[date, int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][0] + timedelta(days=1) == day:
            runs[-1] = (day, runs[-1][1] + 1)
        else:
            runs.append((day, 1))
    return runs


def streak(days: Iterable[date], on: date) -> Streak:
    """The current and best streak as seen on day ``on``; days after ``on`` are ignored."""
    runs = _runs(d for d in days if d <= on)
    if not runs:
        return Streak(0, 0)
    best = max(length for _, length in runs)
    last_day, length = runs[-1]
    current = length if on - last_day <= timedelta(days=1) else 0
    return Streak(current=current, best=best)


def now(environ: dict[str, str] | None = None) -> datetime:
    """The local date and time, or the ISO date-time in ``KATAS_NOW`` (tests and demos)."""
    env = os.environ if environ is None else environ
    value = env.get(NOW_ENV, "").strip()
    if not value:
        return datetime.now()
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{NOW_ENV}={value!r} is not an ISO date and time (use e.g. 2026-11-26T09:30)"
        ) from None
    # Stamps are naive local times, as datetime.now() gives: one with an offset could
    # not be subtracted from them, and the progress file refuses it.
    return stamp.astimezone().replace(tzinfo=None) if stamp.tzinfo else stamp
