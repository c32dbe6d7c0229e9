"""The progress store: what the learner has solved, and when.

Pure core: no pytest import. The state is one versioned JSON file, written
atomically (a temporary file in the same directory, then ``os.replace``), so
an interrupted write never leaves half a file. A file that cannot be read
(corrupt, truncated, written by a newer version) is moved aside, never
overwritten, and the caller is told in one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .streaks import Streak, streak

#: Version of the progress file written by this code.
FORMAT = 1

STATUSES = ("pending", "unsolved", "fitted", "solved", "tampered", "error", "timeout")


@dataclass
class KataProgress:
    """What is remembered about one kata."""

    status: str = "pending"
    #: Runs of the kata while it was not (yet) solved, the solving run included.
    attempts: int = 0
    first_solved: str | None = None
    last_solved: str | None = None
    hints_used: int = 0
    #: Digest of the learner's files when the kata was last judged solved.
    solved_digest: str | None = None


@dataclass
class Progress:
    katas: dict[str, KataProgress] = field(default_factory=dict)
    #: Calendar days (ISO) on which at least one kata became solved.
    solve_days: list[str] = field(default_factory=list)

    def kata(self, kata_id: str) -> KataProgress:
        return self.katas.setdefault(kata_id, KataProgress())

    def status(self, kata_id: str) -> str:
        entry = self.katas.get(kata_id)
        return entry.status if entry else "pending"

    def streak(self, on: date) -> Streak:
        return streak((date.fromisoformat(d) for d in self.solve_days), on)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "katas": {k: asdict(v) for k, v in sorted(self.katas.items())},
            "solve_days": sorted(set(self.solve_days)),
        }


class UnreadableState(Exception):
    """The state file exists but cannot be used as it is."""


def _parse(data: Any) -> Progress:
    if not isinstance(data, dict):
        raise UnreadableState("not a JSON object")
    version = data.get("format")
    if not isinstance(version, int):
        raise UnreadableState("no format version")
    if version > FORMAT:
        raise UnreadableState(f"written by a newer version (format {version} > {FORMAT})")
    katas_data = data.get("katas", {})
    days = data.get("solve_days", [])
    if not isinstance(katas_data, dict) or not isinstance(days, list):
        raise UnreadableState("unexpected structure")
    katas = {}
    for kata_id, entry in katas_data.items():
        if not isinstance(entry, dict):
            raise UnreadableState(f"entry for {kata_id!r} is not an object")
        katas[kata_id] = _kata_progress(kata_id, entry)
    try:
        for day in days:
            date.fromisoformat(day)
    except (TypeError, ValueError) as e:
        raise UnreadableState(f"bad value in solve_days ({e})") from None
    return Progress(katas=katas, solve_days=list(days))


def _kata_progress(kata_id: str, entry: dict[str, Any]) -> KataProgress:
    """One kata's entry, every field checked: a hand-edited file must not crash a run."""
    kata = KataProgress()
    for name, value in entry.items():
        if name not in KataProgress.__dataclass_fields__:
            continue  # a field from another version: dropped, not fatal
        default = getattr(kata, name)
        if isinstance(default, int):
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        elif name == "status":
            ok = value in STATUSES
        else:
            ok = value is None or isinstance(value, str)
        if not ok:
            raise UnreadableState(f"bad value for {kata_id!r}.{name}: {value!r}")
        setattr(kata, name, value)
    return kata


@dataclass
class Loaded:
    progress: Progress
    #: One line for the learner when the file had to be set aside, else None.
    warning: str | None = None
    #: False when an unreadable file is still in place: saving would overwrite it.
    may_save: bool = True


def load(path: Path, *, move_aside: bool = True, now: datetime | None = None) -> Loaded:
    """Read the state at ``path``; a missing file is an empty state.

    With ``move_aside``, an unusable file is renamed to
    ``<name>.unreadable-<timestamp>`` so that nothing is lost and the next
    write starts fresh; without it (read-only commands) it is left in place.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(Progress())
    except (OSError, UnicodeDecodeError) as e:
        problem: str = f"cannot be read ({e.__class__.__name__})"
    else:
        try:
            return Loaded(_parse(json.loads(text)))
        except json.JSONDecodeError:
            problem = "is corrupt or truncated"
        except UnreadableState as e:
            problem = str(e)
    if not move_aside:
        return Loaded(Progress(), f"progress file {path} {problem}; it was not used", False)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    n = 1
    try:
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
        os.replace(path, aside)
    except OSError as e:
        return Loaded(
            Progress(),
            f"progress file {path} {problem} and could not be moved aside ({e.strerror or e}); "
            "it was left untouched and this run's progress will not be saved",
            False,
        )
    return Loaded(
        Progress(), f"progress file {path} {problem}; kept it as {aside.name} and started afresh"
    )


def save(path: Path, progress: Progress) -> None:
    """Write the state atomically: readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(progress.to_json(), indent=2, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def record(
    progress: Progress, verdicts: dict[str, str], on: date, digests: dict[str, str] | None = None
) -> list[str]:
    """Apply one run's verdicts (kata id -> status); return the katas newly solved.

    A kata "becomes solved" when its verdict is ``solved`` and its previous
    status was anything else: that adds ``on`` to the solve days (the streak).
    """
    newly_solved = []
    day = on.isoformat()
    for kata_id, status in verdicts.items():
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        entry = progress.kata(kata_id)
        was_solved = entry.status == "solved"
        if not was_solved:
            entry.attempts += 1
        if status == "solved":
            entry.solved_digest = (digests or {}).get(kata_id)
            if not was_solved:
                newly_solved.append(kata_id)
                entry.first_solved = entry.first_solved or day
                entry.last_solved = day
                if day not in progress.solve_days:
                    progress.solve_days.append(day)
        else:
            entry.solved_digest = None
        entry.status = status
    return newly_solved
