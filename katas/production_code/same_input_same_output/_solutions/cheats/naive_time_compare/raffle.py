"""Blind cheat: compares wall-clock times with the tzinfo stripped, ignoring the timezones.

Input: now = 2024-06-03 12:00 UTC, Entry("Ann", 2024-06-03 13:00+05:00)
(= 08:00 UTC, expired): this draw makes Ann a candidate; she is not.
"""

import random
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Entry:
    name: str
    valid_until: datetime


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def draw_winners(
    entries: list[Entry], count: int, *, now: datetime, rng: random.Random
) -> list[str]:
    candidates = sorted({entry.name for entry in entries if _wall(now) < _wall(entry.valid_until)})
    return rng.sample(candidates, min(count, len(candidates)))
