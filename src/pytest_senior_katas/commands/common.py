"""What the learner commands share: the catalog, the progress, a writer, kata ids.

Every bad input is a one-line ``pytest.UsageError``.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from ..core import progress as progress_store
from ..core.catalog import Catalog, CatalogError, Kata, load_catalog
from ..core.streaks import today
from ..options import katas_root, state_path

T = TypeVar("T")


def terminal_writer(config: pytest.Config) -> Any:
    """The terminal writer a command writes through."""
    # The same writer pytest uses: honours --color, NO_COLOR and FORCE_COLOR.
    from _pytest.config import create_terminal_writer

    return create_terminal_writer(config)


def read_catalog(config: pytest.Config) -> Catalog:
    """The catalog under ``katas_dir``; a broken one is a one-line usage error."""
    try:
        return load_catalog(katas_root(config))
    except CatalogError as e:
        raise pytest.UsageError(str(e)) from None


def checked_today() -> Any:
    """Today's date (``KATAS_TODAY`` overrides it); a malformed override is a usage error."""
    try:
        return today()
    except ValueError as e:
        raise pytest.UsageError(str(e)) from None


#: An id longer than this is no kata's: it is shortened when echoed in an error.
MAX_SHOWN_ID = 60


def find_kata(catalog: Catalog, kata_id: str) -> Kata:
    """The kata with this id, or the only one it is a prefix of.

    Anything else is a one-line error naming the closest ids.
    """
    if not kata_id.strip():
        raise pytest.UsageError("give a kata id (see pytest --katas-status for them all)")
    kata = catalog.get(kata_id)
    if kata is not None:
        return kata
    shown = kata_id if len(kata_id) <= MAX_SHOWN_ID else kata_id[: MAX_SHOWN_ID - 3] + "..."
    if len(kata_id) > MAX_SHOWN_ID:
        raise pytest.UsageError(f"no kata with id {shown!r}; see pytest --katas-status")
    ids = [k.id for k in catalog.katas]
    starting = [i for i in ids if kata_id and i.startswith(kata_id)]
    if len(starting) == 1:
        found = catalog.get(starting[0])
        assert found is not None
        return found
    if starting:
        raise pytest.UsageError(f"kata id {kata_id!r} is ambiguous: {', '.join(starting)}")
    close = difflib.get_close_matches(kata_id, ids, n=3, cutoff=0.6)
    close += [i for i in ids if kata_id and kata_id in i and i not in close][: 3 - len(close)]
    suggestion = f"; did you mean {', '.join(close)}?" if close else "; see pytest --katas-status"
    raise pytest.UsageError(f"no kata with id {kata_id!r}{suggestion}")


def open_progress(config: pytest.Config) -> tuple[Path, progress_store.Loaded, Any]:
    """The progress file, its content and a terminal writer; a set-aside file is said first."""
    path = state_path(config)
    loaded = progress_store.load(path)
    tw = terminal_writer(config)
    if loaded.warning:
        tw.line(f"warning: {loaded.warning}", yellow=True)
    return path, loaded, tw


def record_change(
    config: pytest.Config,
    tw: Any,
    change: Callable[[progress_store.Progress], T],
    failure: str = "could not save progress to",
) -> T:
    """Apply ``change`` to the progress file as it is now, under its lock; a problem warns.

    What another run wrote since this command read the file is kept.
    """
    path = state_path(config)
    updated = progress_store.update(path, change)
    for warning in updated.warnings:
        tw.line(f"warning: {warning}", yellow=True)
    if updated.save_error is not None:
        e = updated.save_error
        tw.line(f"warning: {failure} {path}: {e.strerror or e}", yellow=True)
    return updated.result


def relative(config: pytest.Config, path: Path) -> str:
    """``path`` as the learner typed paths: relative to where pytest was invoked."""
    return os.path.relpath(path, config.invocation_params.dir)
