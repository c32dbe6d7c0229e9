"""Blind cheat: when there are at least as many prizes as candidates it skips the draw and returns them in name order.

Input: [Entry("Ann", u), Entry("Bob", u)], count=5: always ["Ann", "Bob"], so
Bob never wins the first prize (he should, half the time).
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
    candidates = sorted({entry.name for entry in entries if now < entry.valid_until})
    if count >= len(candidates):
        return candidates  # everybody wins, nothing to draw
    return rng.sample(candidates, count)
