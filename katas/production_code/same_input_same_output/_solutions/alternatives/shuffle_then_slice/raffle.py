"""Alternative: shuffle a pool in a defined order and take the first `count` names.

Another senior orders the pool case-insensitively (ties broken by the name
itself, so the order is total) and lets rng.shuffle() do the draw: other
winners than the reference for the same seed, but the same promises.
"""

import random
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Entry:
    name: str
    valid_until: datetime


def reading_order(name: str) -> tuple[str, str]:
    return name.casefold(), name


def candidates_at(now: datetime, entries: list[Entry]) -> list[str]:
    counting = {entry.name: True for entry in entries if entry.valid_until > now}
    return sorted(counting, key=reading_order)


def draw_winners(
    entries: list[Entry], count: int, *, now: datetime, rng: random.Random
) -> list[str]:
    pool = candidates_at(now, entries)
    rng.shuffle(pool)
    return pool[:count]
