"""``pytest --katas-hint ID``: the next hint level of a kata; hint use is recorded."""

from __future__ import annotations

import pytest

from ..core.progress import Progress
from .common import find_kata, read_catalog, record_change, terminal_writer


def hint(config: pytest.Config, kata_id: str) -> int:
    catalog = read_catalog(config)
    kata = find_kata(catalog, kata_id)
    tw = terminal_writer(config)
    total = len(kata.hints)

    def take_next(progress: Progress) -> tuple[int, bool]:
        # The level counts from the file as it is now: a hint taken meanwhile counts.
        entry = progress.kata(kata.id)
        level = min(entry.hints_used + 1, total)
        repeated = entry.hints_used >= total
        entry.hints_used = level
        return level, repeated

    level, repeated = record_change(config, tw, take_next, "could not record the hint in")
    suffix = " (the last one; it repeats from here)" if repeated or level == total else ""
    tw.line(f"Hint {level}/{total} for {kata.id}{suffix}:", bold=True)
    tw.line(f"  {kata.hints[level - 1]}")
    return 0
