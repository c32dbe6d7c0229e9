"""Rendering the kata summary into lines of text with markup.

Pure core: no pytest import. The glue writes each :class:`Line` with pytest's
terminal writer, whose markup honours ``NO_COLOR`` and ``--color``. Symbols
have an ASCII fallback for terminals whose encoding cannot show them.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .catalog import Catalog, Kata
from .judge import Verdict
from .progress import KataProgress, Progress
from .streaks import Streak


@dataclass(frozen=True)
class Symbols:
    full: str
    empty: str
    solved: str
    failed: str
    next: str
    dot: str
    #: Calendar cells, from a day with no solve to a day with the most.
    shades: str


UNICODE = Symbols(full="█", empty="░", solved="✔", failed="✘", next="▶", dot="·", shades="·░▒▓█")
ASCII = Symbols(full="#", empty="-", solved="+", failed="x", next=">", dot="|", shades=".-+*#")


def symbols_for(encoding: str | None) -> Symbols:
    """Unicode symbols when ``encoding`` can encode them all, else ASCII."""
    text = "".join(vars(UNICODE).values())
    try:
        text.encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return ASCII
    return UNICODE


@dataclass(frozen=True)
class Line:
    text: str
    markup: dict[str, bool] = field(default_factory=dict)


@dataclass
class Summary:
    """What a kata run has to tell the learner."""

    catalog: Catalog
    progress: Progress
    verdicts: dict[str, Verdict]
    newly_solved: list[str]
    regressed: list[str]
    streak: Streak
    #: The kata to work on next (first not solved, in curriculum order), or None.
    current: Kata | None
    #: What :attr:`current` is: the catalog's current kata, or the kata the run selected.
    current_label: str = "current"
    #: ``path:line`` of the file to open for the current kata.
    location: str | None = None
    warnings: list[str] = field(default_factory=list)
    tampered: dict[str, list[str]] = field(default_factory=dict)
    #: For each tampered kata, one line saying how to restore its tests.
    restore: dict[str, str] = field(default_factory=dict)
    #: Solved katas due for a spaced-repetition review today.
    reviews_due: list[str] = field(default_factory=list)
    #: How many solved katas were not re-run because nothing in them changed.
    unchanged: int = 0
    #: Low-confidence special-casing findings (warnings), by kata.
    special_notes: dict[str, list[str]] = field(default_factory=dict)
    #: The run was interrupted (Ctrl-C): none of its verdicts were recorded.
    interrupted: bool = False
    #: Katas not solved whose libraries are not installed, by the command that installs them.
    needs: dict[str, list[str]] = field(default_factory=dict)


#: The one line an interrupted run says instead of its verdicts.
INTERRUPTED = "interrupted: nothing recorded for this run"

#: The name under which the special-casing check reports a verdict.
SPECIAL_CASING = "special-casing check"

STATUS_TEXT = {
    "pending": "not started",
    "unsolved": "an example fails",
    "fitted": "the examples pass, a property does not: fitted to the examples",
    "solved": "solved",
    "tampered": "its shipped tests were edited",
    "error": "cannot be imported or collected",
    "timeout": "took too long (an infinite loop?)",
    "unconfirmed": "every test passes, but it is not confirmed yet: not solved",
    "needs": "needs a library that is not installed",
}

#: A write-tests kata's statuses say what they mean for the learner's tests.
SUITE_STATUS_TEXT = {
    **STATUS_TEXT,
    "unsolved": "your tests fall short",
    "fitted": "your tests pass, but a property of your fix does not",
}


def needs_of(summary: Summary) -> str | None:
    """The command that installs what the summary's kata needs, if it cannot run here."""
    current = summary.current
    if current is None:
        return None
    return next((cmd for cmd, ids in summary.needs.items() if current.id in ids), None)


def status_text(kata: Kata | None, status: str) -> str:
    texts = SUITE_STATUS_TEXT if kata is not None and kata.suite is not None else STATUS_TEXT
    return texts[status]


def bar(done: int, total: int, width: int, sym: Symbols) -> str:
    filled = round(width * done / total) if total else 0
    return sym.full * filled + sym.empty * (width - filled)


def duration(seconds: float) -> str:
    """A human duration: "under a minute", "12 min", "2 h 5 min", "3 days"."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return days(minutes // (24 * 60))


def how_it_went(entry: KataProgress, hints_total: int) -> str:
    """Runs, time and hints of the attempt that solved a kata, for the celebration."""
    parts = ["1 run" if entry.runs == 1 else f"{entry.runs} runs"]
    if entry.started and entry.solved_at:
        elapsed = datetime.fromisoformat(entry.solved_at) - datetime.fromisoformat(entry.started)
        parts.append(duration(max(elapsed.total_seconds(), 0)))
    if entry.hints_used:
        parts.append(f"with {entry.hints_used} of {hints_total} hints")
    else:
        parts.append("no hints")
    return ", ".join(parts)


def days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def solves_per_day(progress: Progress) -> dict[date, int]:
    """How many katas were solved on each solve day.

    A kata counts on the day it was first solved and on the day of its last solve (a
    review); a solve day no kata names any more (a kata was reset) still counts one.
    """
    katas: dict[date, set[str]] = {}
    for kata_id, entry in progress.katas.items():
        for day in {entry.first_solved, entry.last_solved} - {None}:
            katas.setdefault(date.fromisoformat(str(day)), set()).add(kata_id)
    counts = {day: len(ids) for day, ids in katas.items()}
    for day in progress.solve_days:
        counts.setdefault(date.fromisoformat(day), 1)
    return counts


_WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


#: The fewest katas solved in a day for each shade after the first: 1, 2, 3 or 4, 5 or more.
_SHADE_FROM = (1, 2, 3, 5)


def calendar(counts: Mapping[date, int], on: date, sym: Symbols, weeks: int = 12) -> list[Line]:
    """The last ``weeks`` weeks up to ``on`` as a grid, one cell a day, shaded by solves.

    Like a contribution graph: a column is a week (Monday at the top), the last
    column is the week of ``on``, and days after ``on`` are left blank. The shades
    stand for fixed counts, so that one picture compares with the next.
    """
    first = on - timedelta(days=on.weekday() + 7 * (weeks - 1))
    mondays = [first + timedelta(weeks=w) for w in range(weeks)]

    def cell(day: date) -> str:
        if day > on:
            return " "
        return sym.shades[sum(counts.get(day, 0) >= n for n in _SHADE_FROM)]

    # Each month's name over the week its first day falls in (the first week's too).
    months = [" "] * (2 * weeks + 2)
    for w, monday in enumerate(mondays):
        week = [monday + timedelta(days=d) for d in range(7)]
        named = next((day for day in week if day.day == 1), monday if w == 0 else None)
        if named is not None and "".join(months[max(2 * w - 1, 0) : 2 * w]).strip() == "":
            months[2 * w : 2 * w + 3] = named.strftime("%b")
    lines = [Line(("    " + "".join(months)).rstrip())]
    for d, name in enumerate(_WEEKDAYS):
        row = " ".join(cell(monday + timedelta(days=d)) for monday in mondays)
        lines.append(Line(f"{name:<3} {row}".rstrip()))
    total = sum(n for day, n in counts.items() if first <= day <= on)
    noun = "solve" if total == 1 else "solves"
    legend = " ".join(sym.shades)
    lines.append(Line(f"    {total} {noun} in the last {weeks} weeks   less {legend} more"))
    return lines


def _wrap(text: str, indent: str, width: int = 88) -> list[str]:
    paragraph = " ".join(text.split())
    return textwrap.wrap(paragraph, width=width, initial_indent=indent, subsequent_indent=indent)


def _verdict_lines(kata: Kata, verdict: Verdict, sym: Symbols) -> list[Line]:
    lines = []
    example = verdict.counterexample
    if verdict.reason and example is None:
        named = not verdict.test or verdict.reason.startswith(verdict.test)
        test = "" if named else f"{verdict.test}: "
        lines.append(Line(f"    {test}{verdict.reason}"))
    if example is not None:
        test = f"{verdict.test}: " if verdict.test else ""
        lines.append(Line(f"    {test}smallest failing input:", {"bold": True}))
        for name, value in example.inputs.items():
            lines.append(Line(f"      {name} = {value}"))
        lines.append(Line(f"    expected: {example.expected}", {"green": True}))
        lines.append(Line(f"    actual:   {example.actual}", {"red": True}))
    return lines


def render(summary: Summary, sym: Symbols, verbosity: int = 0) -> list[Line]:
    """The summary as lines; ``verbosity < 0`` (``-q``) keeps only the essentials."""
    out: list[Line] = []
    catalog, progress = summary.catalog, summary.progress
    quiet = verbosity < 0

    for warning in summary.warnings:
        out.append(Line(f"warning: {warning}", {"yellow": True}))
    if summary.interrupted:
        out.append(Line(INTERRUPTED, {"yellow": True, "bold": True}))

    if not quiet:
        width = max((len(t.title) for t in catalog.topics), default=0)
        for topic in catalog.topics:
            done = sum(progress.status(k.id) == "solved" for k in topic.katas)
            total = len(topic.katas)
            markup = {"green": True} if done == total else {}
            out.append(
                Line(f"{topic.title:<{width}}  {bar(done, total, 20, sym)}  {done}/{total}", markup)
            )

    for kata_id in summary.newly_solved:
        kata = catalog.get(kata_id)
        if kata is None:
            continue
        entry = progress.kata(kata_id)
        how = how_it_went(entry, len(kata.hints))
        out.append(
            Line(
                f"{sym.solved} solved: {kata.id}: {kata.title} ({how})",
                {"green": True, "bold": True},
            )
        )
        if not quiet:
            out.append(Line("  What interviewers look for:", {"bold": True}))
            out.extend(Line(text) for text in _wrap(kata.interviewers, "    "))

    if summary.unchanged and not quiet:
        what = (
            "kata is unchanged since it"
            if summary.unchanged == 1
            else "katas are unchanged since they"
        )
        out.append(
            Line(
                f"{sym.solved} {summary.unchanged} solved {what} passed: "
                "not re-run (--katas-all re-checks them)",
                {"green": True},
            )
        )

    for kata_id, notes in summary.special_notes.items():
        for note in notes[:3]:
            out.append(Line(f"warning: {kata_id}: {note}", {"yellow": True}))

    for kata_id in summary.regressed:
        verdict = summary.verdicts[kata_id]
        out.append(
            Line(
                f"{sym.failed} regressed: {kata_id} was solved; "
                f"now {status_text(catalog.get(kata_id), verdict.status)}",
                {"red": True, "bold": True},
            )
        )
        kata = catalog.get(kata_id)
        if kata is not None:
            out.extend(_verdict_lines(kata, verdict, sym))

    for kata_id, files in summary.tampered.items():
        out.append(
            Line(
                f"{sym.failed} tampered: {kata_id}: {', '.join(files)} differ from the catalog "
                "(a tampered kata never counts as solved)",
                {"red": True},
            )
        )
        if kata_id in summary.restore:
            out.append(Line(f"    restore: {summary.restore[kata_id]}"))

    for command, kata_ids in summary.needs.items():
        shown = ", ".join(kata_ids[:3]) + (", ..." if len(kata_ids) > 3 else "")
        noun = "kata needs a library" if len(kata_ids) == 1 else "katas need libraries"
        out.append(
            Line(
                f"needs: {len(kata_ids)} {noun} not installed here ({shown}), skipped: {command}",
                {"cyan": True},
            )
        )

    current = summary.current
    if current is None and summary.needs:
        out.append(
            Line(
                f"{sym.solved} every kata that can run here is solved.",
                {"green": True, "bold": True},
            )
        )
    elif current is None:
        out.append(
            Line(f"{sym.solved} every kata is solved. Well done.", {"green": True, "bold": True})
        )
    elif needs_of(summary):
        # Selected by path, and its library is missing: what to install, nothing else.
        out.append(
            Line(
                f"{sym.next} {summary.current_label}: {current.id}: {current.title} [needs]",
                {"yellow": True, "bold": True},
            )
        )
        needed = f"    {status_text(current, 'needs')}: {needs_of(summary)}"
        out.append(Line(needed, {"cyan": True}))
    else:
        status = progress.status(current.id)
        out.append(
            Line(
                f"{sym.next} {summary.current_label}: {current.id}: {current.title} [{status}]",
                {"yellow": True, "bold": True},
            )
        )
        latest = summary.verdicts.get(current.id)
        if latest is not None and current.id not in summary.regressed:
            text = status_text(current, latest.status)
            if latest.test == SPECIAL_CASING:
                text = "every test passes, but some code runs only for the example inputs"
            out.append(Line(f"    {text}", {"red": status != "solved"}))
            out.extend(_verdict_lines(current, latest, sym))
        if not quiet and status in ("pending", "unsolved"):
            out.extend(Line(text) for text in _wrap(current.prompt, "    "))
        if summary.location:
            out.append(Line(f"    open {summary.location}", {"bold": True}))
        out.append(Line(f"    stuck? pytest --katas-hint {current.id}"))

    if summary.reviews_due:
        count = len(summary.reviews_due)
        noun = "review is" if count == 1 else "reviews are"
        out.append(
            Line(
                f"{count} {noun} due ({', '.join(summary.reviews_due[:3])}"
                f"{', ...' if count > 3 else ''}): solve them again with pytest --katas-review",
                {"cyan": True},
            )
        )

    solved = sum(progress.status(k.id) == "solved" for k in catalog.katas)
    streak = summary.streak
    out.append(
        Line(
            f"solved {solved}/{len(catalog.katas)} {sym.dot} streak {days(streak.current)} "
            f"(best {days(streak.best)})",
            {"bold": True},
        )
    )
    return out
