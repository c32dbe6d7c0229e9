"""``pytest --katas-review [N]``: spaced repetition, up to N due katas back to the start."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..core import progress as progress_store
from .common import checked_today, open_progress, read_catalog, record_change, relative
from .reset import restore_start, starting_files


def review(config: pytest.Config, count: int) -> int:
    if count < 1:
        raise pytest.UsageError(f"--katas-review takes a number of katas from 1 up, not {count}")
    catalog = read_catalog(config)
    on = checked_today()
    _, loaded, tw = open_progress(config)
    due = set(progress_store.reviews_due(loaded.progress, on))
    chosen = [k for k in catalog.katas if k.id in due][:count]
    if not chosen:
        upcoming = sorted(
            (entry.review_due, kata_id)
            for kata_id, entry in loaded.progress.katas.items()
            if entry.status == "solved" and entry.review_due
        )
        if upcoming:
            day, kata_id = upcoming[0]
            tw.line(f"No review is due today; the next is {kata_id}, on {day}.")
        else:
            tw.line("No review is due: solve a kata first, it comes back for review the next day.")
        return 0
    starts = {kata.id: starting_files(kata) for kata in chosen}  # outside the lock: git

    def start_reviews(progress: progress_store.Progress) -> dict[str, Path | None]:
        # The files and the progress change together, under the lock (see .reset).
        backups = {}
        for kata in chosen:
            backups[kata.id] = restore_start(config, kata, starts[kata.id])
            progress_store.start_over(progress.kata(kata.id), review=True)
        return backups

    backups = record_change(config, tw, start_reviews)
    for kata in chosen:
        backup = backups[kata.id]
        where = f"; your solution is backed up in {relative(config, backup)}" if backup else ""
        tw.line(f"{kata.id}: back at its starting files for review{where}")
    tw.line("Solve them again from scratch: pytest --katas", bold=True)
    return 0
