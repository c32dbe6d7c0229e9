"""The progress store: what the learner has solved, and when.

Pure core: no pytest import. The state is one versioned JSON file, written
atomically (a temporary file in the same directory, then ``os.replace``), so
an interrupted write never leaves half a file. Every write is a merge: :func:`update`
takes the file's lock (:mod:`.statelock`), re-reads the file, applies one change
(a run's verdicts, a hint, a reset) to what is on disk now, writes, and lets go;
so two runs, or a run and a hint given meanwhile, both keep their changes. A
file that cannot be read (corrupt, truncated, written by a newer version) is
moved aside, never overwritten, and the caller is told in one line.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import statelock
from .streaks import Streak, streak

T = TypeVar("T")

#: Version of the progress file written by this code.
FORMAT = 1

STATUSES = (
    "pending",
    "unsolved",
    "fitted",
    "solved",
    "tampered",
    "error",
    "timeout",
    "unconfirmed",
)

#: Days between a successful solve (or review) and the next review.
REVIEW_INTERVALS = (1, 3, 7, 14, 30)


@dataclass
class KataProgress:
    """What is remembered about one kata."""

    status: str = "pending"
    #: Runs of the kata while it was not (yet) solved, the solving run included.
    attempts: int = 0
    first_solved: str | None = None
    last_solved: str | None = None
    #: Hint levels shown during the current attempt (a reset or review starts afresh).
    hints_used: int = 0
    #: Digest of the learner's files when the kata was last judged solved.
    solved_digest: str | None = None
    #: Digest of the learner's files at the last run that judged the kata: a run with
    #: the same files is not a new attempt.
    judged_digest: str | None = None
    #: When the kata was first run (ISO date and time), and when it last became solved.
    first_attempt: str | None = None
    solved_at: str | None = None
    #: The current attempt: when its first run happened, and how many runs it took.
    started: str | None = None
    runs: int = 0
    #: Spaced repetition: index into REVIEW_INTERVALS, the day the next review is due,
    #: and whether the kata was reset for a review that is not solved yet.
    review_level: int = 0
    review_due: str | None = None
    reviewing: bool = False


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


#: Limits of a state file that is still plausible: a larger or deeper one is set aside.
MAX_BYTES = 8 * 1024 * 1024
MAX_KATAS = 10_000
MAX_DAYS = 100_000
MAX_ID = 200
#: Counts (attempts, runs, hints) above this are not a learner's.
MAX_COUNT = 10**9
_DATES = ("first_solved", "last_solved", "review_due")
_TIMES = ("first_attempt", "solved_at", "started")


def _show(value: Any) -> str:
    """A value for a one-line message: never thousands of characters long."""
    text = repr(value) if not isinstance(value, int) or abs(value) < MAX_COUNT else "a huge number"
    return text if len(text) <= 40 else f"{text[:37]}..."


def _parse(data: Any) -> Progress:
    """The whole state, every value checked: anything a later step could trip on is refused."""
    if not isinstance(data, dict):
        raise UnreadableState("not a JSON object")
    version = data.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise UnreadableState("no format version")
    if version > FORMAT:
        raise UnreadableState(f"written by a newer version (format {_show(version)} > {FORMAT})")
    if version < 1:
        raise UnreadableState(f"bad format version {_show(version)}")
    katas_data = data.get("katas", {})
    days = data.get("solve_days", [])
    if not isinstance(katas_data, dict) or not isinstance(days, list):
        raise UnreadableState("unexpected structure")
    if len(katas_data) > MAX_KATAS or len(days) > MAX_DAYS:
        raise UnreadableState("implausibly large (more katas or days than any catalog has)")
    katas = {}
    for kata_id, entry in katas_data.items():
        if not kata_id or len(kata_id) > MAX_ID:
            raise UnreadableState(f"bad kata id {_show(kata_id)}")
        if not isinstance(entry, dict):
            raise UnreadableState(f"entry for {_show(kata_id)} is not an object")
        katas[kata_id] = _kata_progress(kata_id, entry)
    for day in days:
        if not _is_date(day):
            raise UnreadableState(f"bad value in solve_days: {_show(day)} is not an ISO date")
    return Progress(katas=katas, solve_days=list(days))


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_time(value: Any) -> bool:
    if not isinstance(value, str) or not 10 <= len(value) <= 40:
        return False
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return False
    return stamp.tzinfo is None  # stamps are local and naive: an aware one cannot be subtracted


def _valid(name: str, value: Any) -> bool:
    """Whether ``value`` can stand in field ``name`` of a :class:`KataProgress`."""
    if name == "status":
        return isinstance(value, str) and value in STATUSES
    if name == "reviewing":
        return isinstance(value, bool)
    if name in ("attempts", "runs", "hints_used", "review_level"):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        top = len(REVIEW_INTERVALS) - 1 if name == "review_level" else MAX_COUNT
        return 0 <= value <= top
    if value is None:
        return True
    if name in _DATES:
        return _is_date(value)
    if name in _TIMES:
        return _is_time(value)
    if name in ("solved_digest", "judged_digest"):
        return isinstance(value, str) and 0 < len(value) <= 128 and value.isalnum()
    return False  # a field added to KataProgress without a rule here


def _kata_progress(kata_id: str, entry: dict[str, Any]) -> KataProgress:
    """One kata's entry, every field checked: a hand-edited file must not crash a run."""
    kata = KataProgress()
    for name, value in entry.items():
        if name not in KataProgress.__dataclass_fields__:
            continue  # a field from another version: dropped, not fatal
        if not _valid(name, value):
            raise UnreadableState(f"bad value for {_show(kata_id)}.{name}: {_show(value)}")
        setattr(kata, name, value)
    return kata


def _read(path: Path) -> str:
    """The file's text, refusing one too large to be a progress file before reading it all."""
    with path.open("rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UnreadableState(f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data.decode("utf-8")


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
        text = _read(path)
    except FileNotFoundError:
        return Loaded(Progress())
    except (OSError, UnicodeDecodeError) as e:
        problem: str = f"cannot be read ({e.__class__.__name__})"
    except UnreadableState as e:
        problem = str(e)
    else:
        try:
            return Loaded(_parse(json.loads(text)))
        except json.JSONDecodeError:
            problem = "is corrupt or truncated"
        except RecursionError:
            problem = "is nested too deeply to be a progress file"
        except ValueError:  # an integer of more digits than Python converts
            problem = "holds a number too long to be a count"
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


#: A temporary file of an atomic write older than this is left over by a writer that
#: was killed mid-write (``kill -9``): the next write under the lock removes it.
STALE_TEMPORARY_SECONDS = 60.0


def remove_stale_temporaries(path: Path, now: float | None = None) -> None:
    """Delete the leftovers of atomic writes of ``path`` that never finished."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for leftover in path.parent.glob(f".{path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                    leftover.unlink()


def save(path: Path, progress: Progress) -> None:
    """Write the state atomically: readers see the old file or the new one, never half.

    A progress file the learner made read-only is not replaced (``PermissionError``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # By its mode bits, not os.access: to root every file is writable.
    if path.exists() and not path.stat().st_mode & 0o222:
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
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


@dataclass
class Updated(Generic[T]):
    """What :func:`update` did: the progress as written, and what the change returned."""

    progress: Progress
    result: T
    #: One line each: the lock could not be used, or the file on disk was set aside.
    warnings: list[str]
    #: Why the write failed, or None when it succeeded or was rightly not attempted.
    save_error: OSError | None = None


def update(
    path: Path,
    change: Callable[[Progress], T],
    *,
    now: datetime | None = None,
    timeout: float = statelock.TIMEOUT,
) -> Updated[T]:
    """Apply ``change`` to the state on disk, under its lock, and write it back.

    The file is read afresh under the lock, so a change made by another process
    since this one last read it is kept. An unusable file is set aside as by
    :func:`load`; one that cannot be set aside is left untouched (not written).
    """
    with statelock.exclusive(path, timeout) as problem:
        warnings = [problem] if problem else []
        loaded = load(path, now=now)
        if loaded.warning:
            warnings.append(loaded.warning)
        result = change(loaded.progress)
        save_error = None
        if problem is None:
            remove_stale_temporaries(path)
        if loaded.may_save:
            try:
                save(path, loaded.progress)
            except OSError as e:
                save_error = e
    return Updated(loaded.progress, result, warnings, save_error)


@dataclass(frozen=True)
class Files:
    """The learner's files of a kata at this run, as digests."""

    #: The files now.
    now: str
    #: The files as the catalog ships them, when known.
    start: str | None = None
    #: Whether the run was about this kata (the current kata, or one the learner named),
    #: rather than re-checking it (``--katas-all``).
    targeted: bool = True


def record(
    progress: Progress,
    verdicts: dict[str, str],
    on: date,
    digests: dict[str, str] | None = None,
    now: datetime | None = None,
    files: dict[str, Files] | None = None,
) -> list[str]:
    """Apply one run's verdicts (kata id -> status); return the katas newly solved.

    A kata "becomes solved" when its verdict is ``solved`` and its previous
    status was anything else: that adds ``on`` to the solve days (the streak)
    and schedules its next review. ``now`` (default: the real time) stamps the
    attempt, for the time it took to solve.

    ``files`` says what the learner did: a run counts as an attempt only when their
    files changed since the kata was last judged (or, the first time, differ from the
    start), and a kata never started, at its starting files, that the run only
    re-checked, is left as it was: ``--katas-all`` is not the learner's work.
    """
    newly_solved = []
    day = on.isoformat()
    stamp = (now or datetime.now()).isoformat(timespec="seconds")
    for kata_id, status in verdicts.items():
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        entry = progress.kata(kata_id)
        was_solved = entry.status == "solved"
        seen = (files or {}).get(kata_id)
        changed = True
        if seen is not None:
            never_started = entry.status == "pending" and seen.now == seen.start
            if never_started and not seen.targeted and status != "solved":
                continue  # only re-checked, at its starting files: nothing to record
            previous = entry.judged_digest or seen.start
            changed = previous is None or seen.now != previous
            entry.judged_digest = seen.now
        if not was_solved:
            if changed or status == "solved":
                entry.attempts += 1
                entry.runs += 1
            if changed or seen is None or seen.targeted:
                entry.first_attempt = entry.first_attempt or stamp
                entry.started = entry.started or stamp
        if status == "solved":
            entry.solved_digest = (digests or {}).get(kata_id)
            if not was_solved:
                newly_solved.append(kata_id)
                entry.first_solved = entry.first_solved or day
                entry.last_solved = day
                entry.solved_at = stamp
                _schedule_review(entry, on)
                if day not in progress.solve_days:
                    progress.solve_days.append(day)
        else:
            entry.solved_digest = None
            if was_solved:  # a regression: fixing it is a new attempt
                entry.started, entry.runs = stamp, 1
        entry.status = status
    return newly_solved


def _schedule_review(entry: KataProgress, on: date) -> None:
    """A first solve is reviewed after a day; each successful review waits longer."""
    if entry.reviewing:
        entry.review_level = min(entry.review_level + 1, len(REVIEW_INTERVALS) - 1)
        entry.reviewing = False
    entry.review_due = (on + timedelta(days=REVIEW_INTERVALS[entry.review_level])).isoformat()


def start_over(entry: KataProgress, *, review: bool = False) -> None:
    """A reset (or a review) puts the kata back to work; its history is kept."""
    entry.status = "unsolved"
    entry.solved_digest = None
    entry.judged_digest = None
    entry.started = None
    entry.runs = 0
    entry.hints_used = 0
    entry.reviewing = entry.reviewing or review


def reviews_due(progress: Progress, on: date) -> list[str]:
    """Solved katas whose review is due on ``on``, the most overdue first."""
    due = [
        (entry.review_due, kata_id)
        for kata_id, entry in progress.katas.items()
        if entry.status == "solved" and entry.review_due and entry.review_due <= on.isoformat()
    ]
    return [kata_id for _, kata_id in sorted(due)]
