"""Reference: every input of the draw is a parameter, and the candidates have a defined order.

sorted() gives the candidates an order that depends only on their names, so
rng.sample() draws the same winners from the same seed in every process.
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
    return rng.sample(candidates, min(count, len(candidates)))
