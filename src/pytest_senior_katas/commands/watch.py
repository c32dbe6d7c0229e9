"""``pytest --katas-watch``: stay open, re-run the katas on every save.

Each run is a fresh ``python -m pytest --katas`` process, so edited modules are
really re-imported. Changes are found by polling modification times, which
works everywhere (no file-change notification needed); a poll every
:data:`POLL` seconds keeps the delay between a save and the run well under
half a second.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..core import progress as progress_store
from ..core.catalog import CatalogError, load_catalog
from ..core.render import days
from ..core.streaks import today
from ..options import KATAS, KATAS_WATCH, katas_root, state_path

#: Seconds between two looks at the catalog's files.
POLL = 0.1
#: Stop after this many runs (for tests that drive watch mode in a subprocess).
RUNS_ENV = "KATAS_WATCH_RUNS"

_SKIP_DIRS = {"__pycache__", ".hypothesis", ".pytest_cache", ".katas"}
#: What a kata is made of: Python, its kata.toml, and learner files in other languages.
_WATCHED = (".py", ".toml", "Dockerfile", ".sql", ".txt", ".cfg", ".ini", ".json", ".yaml", ".yml")

Snapshot = dict[str, tuple[int, int]]


def _files(root: Path) -> Iterator[os.DirEntry[str]]:
    stack = [root]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in _SKIP_DIRS:
                    stack.append(Path(entry.path))
            elif entry.name.endswith(_WATCHED):
                yield entry


def snapshot(root: Path) -> Snapshot:
    """Modification time and size of every watched file below ``root``."""
    result: Snapshot = {}
    for entry in _files(root):
        try:
            info = entry.stat()
        except OSError:
            continue
        result[entry.path] = (info.st_mtime_ns, info.st_size)
    return result


def changed(before: Snapshot, after: Snapshot) -> list[str]:
    """Paths added, removed or modified between two snapshots."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def child_command(config: pytest.Config) -> list[str]:
    """The same pytest invocation, in kata mode, without ``--katas-watch``."""
    args = [str(a) for a in config.invocation_params.args if str(a) not in (KATAS_WATCH, KATAS)]
    return [sys.executable, "-m", "pytest", KATAS, *args]


def _clear(tw: Any) -> None:
    # One run at a time on the screen; only on a real terminal, where it can be undone
    # by scrolling back, never in a log.
    if sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        tw.write("\x1b[H\x1b[2J")
        tw.flush()


def _final_line(config: pytest.Config, tw: Any) -> None:
    try:
        catalog = load_catalog(katas_root(config))
        on = today()
    except (CatalogError, ValueError):
        return
    progress = progress_store.load(state_path(config), move_aside=False).progress
    solved = sum(progress.status(k.id) == "solved" for k in catalog.katas)
    streak = progress.streak(on)
    tw.line(
        f"stopped watching: solved {solved}/{len(catalog.katas)}, "
        f"streak {days(streak.current)} (best {days(streak.best)})",
        bold=True,
    )


def watch(config: pytest.Config) -> int:
    from _pytest.config import create_terminal_writer

    root = katas_root(config)
    try:
        load_catalog(root)
    except CatalogError as e:
        raise pytest.UsageError(str(e)) from None
    tw = create_terminal_writer(config)
    command = child_command(config)
    max_runs = int(os.environ.get(RUNS_ENV, "0") or 0)
    shown_root = os.path.relpath(root, config.invocation_params.dir)
    runs = 0
    seen = snapshot(root)
    trigger = ""
    try:
        while True:
            _clear(tw)
            runs += 1
            tw.sep("~", f"katas-watch: run {runs}{trigger}", cyan=True)
            sys.stdout.flush()  # the run writes to the same terminal (or pipe): keep the order
            subprocess.run(command, cwd=config.invocation_params.dir, check=False)
            if max_runs and runs >= max_runs:
                break
            tw.line(f"watching {shown_root} for changes; Ctrl-C to stop", cyan=True)
            sys.stdout.flush()
            while True:
                time.sleep(POLL)
                current = snapshot(root)
                paths = changed(seen, current)
                if paths:
                    seen = current
                    break
            delay = max(time.time() - current[paths[0]][0] / 1e9, 0.0) if paths[0] in current else 0
            name = os.path.relpath(paths[0], config.invocation_params.dir)
            trigger = f" ({name} saved {delay:.2f} s ago)"
    except KeyboardInterrupt:
        tw.line("")
    _final_line(config, tw)
    return 0
