"""Blind cheat: shuffles the entries, not the people, so someone with more entries has more chances.

Input: Ann with 9 valid entries, Bob with 1, count=1: Ann wins about 90% of
seeds instead of 50%.
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
    tickets = sorted(entry.name for entry in entries if now < entry.valid_until)
    rng.shuffle(tickets)
    drawn = list(dict.fromkeys(tickets))  # first ticket of each person, in draw order
    return drawn[:count]
