"""Cheat: leaves out entries whose name is blank, "they cannot be contacted anyway".

A name is any str, and the contract has no such rule: "" or " " is a person
with an entry, and may win.
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
    candidates = sorted(
        {entry.name for entry in entries if entry.name.strip() and now < entry.valid_until}
    )
    return rng.sample(candidates, min(count, len(candidates)))
