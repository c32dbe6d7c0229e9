"""The end of a kata-mode run: verdicts, progress, the summary.

Each kata's kind judges its outcomes; a solved verdict then faces the
special-casing check; the verdicts are merged into the progress file, under its lock,
once; the summary is built, and later written through the terminal reporter.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import pytest

from ..core import progress as progress_store
from ..core.catalog import Kata, pristine_dir
from ..core.checksums import files_digest, kata_digest
from ..core.judge import EXAMPLES, PROPERTIES, Verdict
from ..core.render import SPECIAL_CASING, Summary, needs_of, render, symbols_for
from ..core.special_cases import classify, example_literals
from ..core.streaks import now
from ..requirements import install_command
from .context import KataRun
from .kinds import kind_of
from .selection import current


def finish(run: KataRun, session: pytest.Session, *, interrupted: bool = False) -> Summary:
    """Judge every kata that ran, merge them into the saved progress; the summary to show.

    An interrupted run (Ctrl-C) judges nothing and records nothing: a kata whose
    properties were cut short must not count as solved, nor any verdict as final.
    """
    if interrupted:
        return _summary(run, {}, [], [], {}, interrupted=True)
    verdicts: dict[str, Verdict] = {}
    for kata in run.catalog.katas:
        verdict = kind_of(kata).judge(kata, run.outcomes.get(kata.id, []))
        if verdict is not None:
            verdicts[kata.id] = verdict
    for kata_id, files in run.selection.tampered.items():
        verdicts[kata_id] = Verdict("tampered", f"edited: {', '.join(files)}")
    special_notes: dict[str, list[str]] = {}
    for kata_id, verdict in list(verdicts.items()):
        judged = run.catalog.get(kata_id)
        if verdict.status != "solved" or judged is None:
            continue
        if judged.special_cases and run.unconfirmable is not None:
            # Solved only once a run shows that no line is special-cased.
            verdicts[kata_id] = Verdict("unconfirmed", _how_to_confirm(run.unconfirmable))
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        elif kata_id in run.lines_run:
            verdicts[kata_id] = check_special_cases(run, judged, verdict, special_notes)
            if verdicts[kata_id].status != "solved":
                # Every test passed, yet the kata is not solved: the run says so too.
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
    stamp = now()

    def apply(progress: progress_store.Progress) -> tuple[dict[str, str], list[str], list[str]]:
        # The learner's files are read here, under the lock that a reset or a review
        # holds while it rewrites them: a verdict about files that changed since the
        # run selected them (a reset, a review, a save) is not recorded.
        seen = {kata_id: f for kata_id in verdicts if (f := _files(run, kata_id)) is not None}
        changed = [
            k
            for k, digest in run.selection.learner_digests.items()
            if k in seen and seen[k].now != digest
        ]
        statuses = {k: v.status for k, v in verdicts.items() if k not in changed}
        digests = {
            k: kata_digest(solved)
            for k, status in statuses.items()
            if status == "solved" and (solved := run.catalog.get(k)) is not None
        }
        before = {kata_id: progress.status(kata_id) for kata_id in verdicts}
        newly = progress_store.record(progress, statuses, run.today, digests, stamp, seen)
        return before, newly, changed

    # The verdicts are applied to the file as it is now, not as it was at the start:
    # what another run, or a hint, wrote meanwhile is kept.
    updated = progress_store.update(run.state_path, apply)
    run.progress = updated.progress
    before, newly, changed = updated.result
    run.warnings.extend(
        f"{kata_id}: its files changed while this run tested them (a reset, a review or "
        "a save?); its verdict is not recorded: run again"
        for kata_id in changed
    )
    for kata_id in changed:  # the summary shows what is recorded: the progress
        del verdicts[kata_id]
    run.warnings.extend(w for w in updated.warnings if w not in run.warnings)
    if updated.save_error is not None:
        e = updated.save_error
        run.warnings.append(f"could not save progress to {run.state_path}: {e.strerror or e}")
    regressed = [k for k, v in verdicts.items() if before[k] == "solved" and v.status != "solved"]
    return _summary(run, verdicts, newly, regressed, special_notes)


def _summary(
    run: KataRun,
    verdicts: dict[str, Verdict],
    newly: list[str],
    regressed: list[str],
    special_notes: dict[str, list[str]],
    *,
    interrupted: bool = False,
) -> Summary:
    next_kata = current(run.catalog, run.progress, run.selection.needs)
    label = "current"
    if run.selection.explicit:
        # The run was about the katas chosen by path or -k: the summary is about them.
        ran = [k for k in run.selection.run if k.id in run.outcomes]  # -k deselects some
        selected = next((k for k in ran if run.progress.status(k.id) != "solved"), None)
        if selected is None:
            # A kata named by path that cannot run here: say what it needs.
            waiting = [run.catalog.get(kata_id) for kata_id in run.selection.needs_selected]
            unsolved = (k for k in waiting if k and run.progress.status(k.id) != "solved")
            selected = next(unsolved, None)
        if selected is not None and selected is not next_kata:
            next_kata, label = selected, "selected"
    return Summary(
        catalog=run.catalog,
        progress=run.progress,
        verdicts=verdicts,
        newly_solved=newly,
        regressed=regressed,
        streak=run.progress.streak(run.today),
        reviews_due=_reviews_due(run),
        unchanged=len(run.selection.unchanged),
        special_notes=special_notes,
        current=next_kata,
        current_label=label,
        location=_location(run, next_kata, verdicts.get(next_kata.id)) if next_kata else None,
        warnings=run.warnings,
        tampered=run.selection.tampered,
        restore={k: _restore(run, k, files) for k, files in run.selection.tampered.items()},
        interrupted=interrupted,
        needs=_needs(run),
    )


def _files(run: KataRun, kata_id: str) -> progress_store.Files | None:
    """What the learner's files of the kata are now, and were at the start."""
    kata = run.catalog.get(kata_id)
    if kata is None:
        return None
    pristine = pristine_dir(kata)
    start = files_digest(pristine, kata.files) if pristine is not None else None
    return progress_store.Files(
        files_digest(kata.directory, kata.files), start, kata_id in run.selection.targeted
    )


def _needs(run: KataRun) -> dict[str, list[str]]:
    """The install command for the katas not solved that need a library, and those katas."""
    by_command: dict[str, list[str]] = {}
    for kata_id, unmet in run.selection.needs.items():
        if run.progress.status(kata_id) != "solved":
            by_command.setdefault(install_command(unmet), []).append(kata_id)
    return by_command


def write_summary(terminalreporter: pytest.TerminalReporter, summary: Summary) -> None:
    """The summary, as its own section, in the terminal's colours and symbols."""
    encoding = getattr(terminalreporter._tw._file, "encoding", None)
    lines = render(summary, symbols_for(encoding), terminalreporter.config.get_verbosity())
    terminalreporter.section("senior katas", bold=True)
    for line in lines:
        terminalreporter.write_line(line.text, **line.markup)
    count_verdicts(terminalreporter.stats, summary)


#: How pytest's last line ("7 passed, 1 fitted in 0.8s") counts the katas that are not
#: solved. A kata in ``error`` already shows as pytest's own errors.
STATS_WORDS = {
    "unsolved": "unsolved",
    "fitted": "fitted",
    "timeout": "timed out",
    "unconfirmed": "unconfirmed",
    "tampered": "tampered",
}


class KataCount:
    """One kata in pytest's counts (pytest's stats hold report-like objects)."""

    def __init__(self, kata_id: str, status: str) -> None:
        self.kata_id = kata_id
        self.status = status


def count_verdicts(stats: dict[str, list[object]], summary: Summary) -> None:
    """Put the katas not solved into pytest's counts, so that its last line agrees with
    the verdict: "7 passed" alone, above a fitted kata and an exit code of 1, reads as
    success. (pytest shows any key of its stats, yellow when nothing failed.)"""
    for kata_id, verdict in summary.verdicts.items():
        word = STATS_WORDS.get(verdict.status)
        if word is not None:
            stats.setdefault(word, []).append(KataCount(kata_id, verdict.status))
    selected = summary.current
    if selected is not None and summary.current_label == "selected" and needs_of(summary):
        # Nothing ran: "no tests ran" alone would hide why.
        stats.setdefault("needs", []).append(KataCount(selected.id, "needs"))


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def check_special_cases(
    run: KataRun, kata: Kata, verdict: Verdict, notes_by_kata: dict[str, list[str]]
) -> Verdict:
    """A solved verdict stands unless the examples alone run a special case.

    Lines that only the examples run, but that do not look like a special case,
    become notes in ``notes_by_kata``.
    """
    runs = run.lines_run[kata.id]
    if EXAMPLES not in runs or PROPERTIES not in runs:
        return verdict
    literals = example_literals(read_text(kata.directory / name) for name in kata.examples)
    rel_dir = os.path.relpath(kata.directory, run.config.invocation_params.dir)
    notes = []
    for name in kata.files:
        findings = classify(
            os.path.join(rel_dir, name),
            read_text(kata.directory / name),
            runs[EXAMPLES].get(name, set()),
            runs[PROPERTIES].get(name, set()),
            literals,
        )
        for finding in findings:
            if finding.confident:
                return Verdict("fitted", finding.message(), SPECIAL_CASING)
            notes.append(finding.message())
    if notes:
        notes_by_kata[kata.id] = notes
    return verdict


def _reviews_due(run: KataRun) -> list[str]:
    due = set(progress_store.reviews_due(run.progress, run.today))
    return [k.id for k in run.catalog.katas if k.id in due]


def _restore(run: KataRun, kata_id: str, files: list[str]) -> str:
    """How to put a tampered kata's shipped files back, as a command to copy."""
    kata = run.catalog.get(kata_id)
    assert kata is not None
    here = run.config.invocation_params.dir
    targets = [os.path.relpath(kata.directory / name, here) for name in files]
    pristine = pristine_dir(kata)
    if pristine is None:
        return f"git checkout -- {' '.join(targets)}"
    copies = [f"cp {pristine / name} {target}" for name, target in zip(files, targets, strict=True)]
    return " && ".join(copies)


#: ``file.py:12`` in a verdict's reason: where a syntax error, a timeout or a
#: special case was found.
_PLACE = re.compile(r"([\w.-]+\.py):(\d+)")


def _location(run: KataRun, kata: Kata, verdict: Verdict | None = None) -> str:
    """``path:line`` to open (clickable in terminals): the line of a learner file that
    the verdict's reason names, else the kata's first file at its first TODO."""
    for name, number in _PLACE.findall(verdict.reason if verdict else ""):
        learner = next((f for f in kata.files if Path(f).name == name), None)
        if learner is not None:
            rel = os.path.relpath(kata.directory / learner, run.config.invocation_params.dir)
            return f"{rel}:{number}"
    path = kata.directory / kata.files[0]
    line = 1
    with contextlib.suppress(OSError, UnicodeDecodeError):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "TODO" in text:
                line = number
                break
    rel = os.path.relpath(path, run.config.invocation_params.dir)
    return f"{rel}:{line}"


def _how_to_confirm(reason: str) -> str:
    """One line: why the kata is not solved yet, and the run that would confirm it."""
    why = reason.removeprefix("special-casing check skipped: ").split(", and it is")[0]
    return (
        f"the special-casing check could not run: {why}; "
        "run `pytest --katas` once without it to confirm"
    )
