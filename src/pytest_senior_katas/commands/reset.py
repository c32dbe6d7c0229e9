"""``pytest --katas-reset ID``: a kata's starting files back, the learner's backed up first.

:func:`restore_start` also serves ``--katas-review``. Both call it inside the change they
make to the progress, so that the files and the progress change under the progress
file's lock, together: a ``pytest --katas`` run records its verdicts under the same lock,
so it sees the learner's files and their progress, or the starting files and the reset
progress, never a mix of them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from ..core import progress as progress_store
from ..core.catalog import Kata, pristine_dir
from ..core.streaks import now
from ..options import state_path
from .common import find_kata, read_catalog, record_change, relative, terminal_writer


def starting_files(kata: Kata) -> dict[str, bytes]:
    """The kata's learner files as shipped: from the installed catalog, or from git
    when the catalog being practised is the installed one (a clone of the repository)."""
    pristine = pristine_dir(kata)
    if pristine is not None:
        try:
            return {name: (pristine / name).read_bytes() for name in kata.files}
        except OSError as e:
            raise pytest.UsageError(f"cannot read the starting files of {kata.id}: {e}") from None
    files = {}
    for name in kata.files:
        try:
            shown = subprocess.run(
                ["git", "show", f"HEAD:./{name}"],
                cwd=kata.directory,
                capture_output=True,
                check=True,
            )
        except (OSError, subprocess.CalledProcessError):
            raise pytest.UsageError(
                f"cannot find the starting files of {kata.id}: the catalog is not an installed "
                "copy and git has no committed version of them"
            ) from None
        files[name] = shown.stdout
    return files


def _same(path: Path, content: bytes) -> bool:
    try:
        return path.read_bytes().replace(b"\r\n", b"\n") == content.replace(b"\r\n", b"\n")
    except OSError:
        return False


def _now() -> datetime:
    try:
        return now()
    except ValueError as e:
        raise pytest.UsageError(str(e)) from None


def _backup_dir(config: pytest.Config, kata: Kata) -> Path:
    base = state_path(config).parent / "backups" / kata.id
    stamp = _now().strftime("%Y%m%d-%H%M%S")
    candidate, n = base / stamp, 1
    while candidate.exists():
        n += 1
        candidate = base / f"{stamp}-{n}"
    return candidate


def at_start(kata: Kata, start: dict[str, bytes]) -> bool:
    """Whether the kata's learner files are ``start``, its starting files."""
    return all(_same(kata.directory / name, content) for name, content in start.items())


def restore_start(config: pytest.Config, kata: Kata, start: dict[str, bytes]) -> Path | None:
    """Back up the learner's files, then put ``start``, the starting files, back.

    Returns the backup directory, or None when the files were already pristine
    (then nothing is written). Nothing is touched before the backup is complete.
    Call it under the progress file's lock (inside a :func:`.common.record_change`).
    """
    if at_start(kata, start):
        return None
    backup = _backup_dir(config, kata)
    try:
        backup.mkdir(parents=True)
        for name in kata.files:
            source = kata.directory / name
            if source.exists():
                (backup / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, backup / name)
    except OSError as e:
        raise pytest.UsageError(
            f"cannot back up {kata.id} to {backup} ({e.strerror or e}); nothing was changed"
        ) from None
    for name, content in start.items():
        target = kata.directory / name
        try:
            tmp = target.with_name(f".{target.name}.katas-reset")
            tmp.write_bytes(content)
            os.replace(tmp, target)
        except OSError as e:
            raise pytest.UsageError(
                f"cannot restore {target} ({e.strerror or e}); your files are backed up in {backup}"
            ) from None
    return backup


def reset(config: pytest.Config, kata_id: str) -> int:
    catalog = read_catalog(config)
    kata = find_kata(catalog, kata_id)
    tw = terminal_writer(config)
    start = starting_files(kata)  # outside the lock: it may ask git
    if at_start(kata, start):
        tw.line(f"{kata.id} is already at its starting files: nothing to reset.")
        return 0

    def back_to_start(progress: progress_store.Progress) -> Path | None:
        backup = restore_start(config, kata, start)
        if backup is not None:
            progress_store.start_over(progress.kata(kata.id))
        return backup

    backup = record_change(config, tw, back_to_start)
    if backup is None:  # another reset got there first
        tw.line(f"{kata.id} is already at its starting files: nothing to reset.")
        return 0
    tw.line(f"Backed up your files to {relative(config, backup)}", bold=True)
    tw.line(f"{kata.id} is back at its starting files and unsolved (its history is kept).")
    return 0
