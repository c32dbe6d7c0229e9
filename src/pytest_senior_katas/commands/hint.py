"""``pytest --katas-hint ID``: the next hint level of a kata; hint use is recorded."""

from __future__ import annotations

import pytest

from ..core import progress as progress_store
from .common import find_kata, open_progress, read_catalog


def hint(config: pytest.Config, kata_id: str) -> int:
    catalog = read_catalog(config)
    kata = find_kata(catalog, kata_id)
    path, loaded, tw = open_progress(config)
    entry = loaded.progress.kata(kata.id)
    total = len(kata.hints)
    level = min(entry.hints_used + 1, total)
    repeated = entry.hints_used >= total
    entry.hints_used = level
    suffix = " (the last one; it repeats from here)" if repeated or level == total else ""
    tw.line(f"Hint {level}/{total} for {kata.id}{suffix}:", bold=True)
    tw.line(f"  {kata.hints[level - 1]}")
    if not loaded.may_save:
        return 0
    try:
        progress_store.save(path, loaded.progress)
    except OSError as e:
        tw.line(f"warning: could not record the hint in {path}: {e.strerror or e}", yellow=True)
    return 0
