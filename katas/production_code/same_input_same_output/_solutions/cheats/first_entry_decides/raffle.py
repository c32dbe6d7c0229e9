"""Cheat: one entry per person, the first one, and then the expiry filter.

A person whose first entry has expired but whose later entry still counts is
left out; and who is "first" depends on the order of the entries.
"""

import random
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Entry:
    name: str
    valid_until: datetime


def draw_winners(
    entries: list[Entry], count: int, *, now: datetime, rng: random.Random
) -> list[str]:
    first = {}
    for entry in entries:
        first.setdefault(entry.name, entry.valid_until)
    candidates = sorted(name for name, until in first.items() if now < until)
    return rng.sample(candidates, min(count, len(candidates)))
