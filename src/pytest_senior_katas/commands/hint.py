"""``pytest --katas-hint ID``: the next hint level of a kata; hint use is recorded."""

from __future__ import annotations

import pytest

from ..core import progress as progress_store
from ..core.progress import Progress
from ..options import state_path
from .common import find_kata, read_catalog, record_change, terminal_writer


def hint(config: pytest.Config, kata_id: str) -> int:
    """The next hint of ``kata_id``; of the current kata when it is empty (bare option)."""
    catalog = read_catalog(config)
    if kata_id.strip():
        kata = find_kata(catalog, kata_id)
    else:
        progress = progress_store.load(state_path(config)).progress
        found = next((k for k in catalog.katas if progress.status(k.id) != "solved"), None)
        if found is None:
            raise pytest.UsageError(
                "every kata is solved: name the one you want a hint for, "
                "pytest --katas-hint ID (see pytest --katas-status)"
            )
        kata = found
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
