"""Cheat: sorts the candidates case-insensitively, so "Ann" and "ann" tie.

sorted() keeps ties in the order it was given, and that is the order of a set:
when two names differ only in case, the winners change with PYTHONHASHSEED.
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
    candidates = sorted({entry.name for entry in entries if now < entry.valid_until}, key=str.lower)
    return rng.sample(candidates, min(count, len(candidates)))
