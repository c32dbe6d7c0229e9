"""Blind cheat: sorts the caller's entries list in place to get a stable order.

Input: entries = [Entry("Bob", u), Entry("Ann", u)]; after the draw the
caller's list is [Entry("Ann", u), Entry("Bob", u)]: entries was changed.
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
    entries.sort(key=lambda entry: entry.name)  # a stable order, whatever the hash seed
    candidates = list(dict.fromkeys(entry.name for entry in entries if now < entry.valid_until))
    return rng.sample(candidates, min(count, len(candidates)))
