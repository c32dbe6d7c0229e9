"""Rendering the kata summary: what the learner reads after every run.

The catalog is built in memory (no files are read when rendering) and the
progress is recorded with fixed dates, so every line can be asserted exactly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from pytest_senior_katas.core.catalog import Catalog, Kata, Seed, Topic
from pytest_senior_katas.core.judge import Counterexample, Verdict
from pytest_senior_katas.core.progress import Progress, record
from pytest_senior_katas.core.render import (
    ASCII,
    UNICODE,
    Line,
    Summary,
    Symbols,
    calendar,
    render,
    solves_per_day,
    symbols_for,
)
from pytest_senior_katas.core.streaks import Streak

ROOT = Path("/workspace/katas")
MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)
WIDTH = len("Advanced topics")  # the longest topic title: bars line up after it


def make_kata(kata_id: str, topic: str, title: str) -> Kata:
    return Kata(
        id=kata_id,
        topic=topic,
        title=title,
        kind="fix",
        seed=Seed(3, "Language Semantics", "Name binding and LEGB rule"),
        directory=ROOT / topic / kata_id,
        files=("counter.py",),
        examples=("test_examples.py",),
        properties=("test_properties.py",),
        prompt=f"Prompt of {kata_id}: fix it so that it works.",
        hints=("A nudge.", "Nearly the answer."),
        interviewers=f"Interviewers listen for {kata_id}.",
    )


FIRST = make_kata("first", "basics", "A click counter")
SECOND = make_kata("second", "basics", "An audit trail")
THIRD = make_kata("third", "advanced", "A deep snapshot")
CATALOG = Catalog(
    root=ROOT,
    topics=(
        Topic("basics", "Basics", (FIRST, SECOND)),
        Topic("advanced", "Advanced topics", (THIRD,)),
    ),
)
NO_STREAK = Streak(0, 0)
SHRUNK = Counterexample(inputs={"clicks": "2", "start": "0"}, expected="[1, 2]", actual="[1, 1]")


def first_unsolved(progress: Progress) -> Kata | None:
    return next((k for k in CATALOG.katas if progress.status(k.id) != "solved"), None)


def summarise(
    progress: Progress,
    verdicts: dict[str, Verdict] | None = None,
    *,
    newly_solved: list[str] | None = None,
    regressed: list[str] | None = None,
    streak: Streak = NO_STREAK,
    location: str | None = None,
    warnings: list[str] | None = None,
    tampered: dict[str, list[str]] | None = None,
    restore: dict[str, str] | None = None,
) -> Summary:
    return Summary(
        catalog=CATALOG,
        progress=progress,
        verdicts=verdicts or {},
        newly_solved=newly_solved or [],
        regressed=regressed or [],
        streak=streak,
        current=first_unsolved(progress),
        location=location,
        warnings=warnings or [],
        tampered=tampered or {},
        restore=restore or {},
    )


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def the_line(lines: list[Line], start: str) -> Line:
    matching = [line for line in lines if line.text.startswith(start)]
    assert len(matching) == 1, f"one line starting {start!r} in {texts(lines)}"
    return matching[0]


@pytest.fixture
def first_solved() -> Progress:
    """``first`` solved on Monday at the third run, 12 minutes in; ``second`` is current."""
    progress = Progress()
    record(progress, {"first": "unsolved"}, MONDAY, now=at(9, 0))
    record(progress, {"first": "unsolved"}, MONDAY, now=at(9, 5))
    record(progress, {"first": "solved"}, MONDAY, now=at(9, 12))
    return progress


def at(hour: int, minute: int) -> datetime:
    return datetime.combine(MONDAY, time(hour, minute))


# -- progress bars and the closing line ---------------------------------------------


def test_each_topic_gets_an_aligned_progress_bar_with_solved_over_total(
    first_solved: Progress,
) -> None:
    lines = render(summarise(first_solved), ASCII)

    assert texts(lines)[:2] == [
        f"{'Basics':<{WIDTH}}  {'#' * 10}{'-' * 10}  1/2",
        f"Advanced topics  {'-' * 20}  0/1",
    ]


def test_a_finished_topic_bar_is_full_and_green() -> None:
    progress = Progress()
    record(progress, {"first": "solved", "second": "solved"}, MONDAY)

    lines = render(summarise(progress), UNICODE)

    bar = the_line(lines, "Basics")
    assert bar.text.endswith(f"  {'█' * 20}  2/2")
    assert bar.markup == {"green": True}
    assert the_line(lines, "Advanced topics").markup == {}


def test_the_last_line_counts_solved_katas_and_a_one_day_streak_in_the_singular(
    first_solved: Progress,
) -> None:
    lines = render(summarise(first_solved, streak=Streak(1, 1)), ASCII)

    assert lines[-1] == Line("solved 1/3 | streak 1 day (best 1 day)", {"bold": True})


def test_the_streak_line_uses_plurals_for_other_counts() -> None:
    lines = render(summarise(Progress(), streak=Streak(0, 2)), UNICODE)

    assert lines[-1].text == "solved 0/3 · streak 0 days (best 2 days)"


# -- a kata becomes solved -------------------------------------------------------------


def test_a_newly_solved_kata_is_celebrated_with_the_interviewer_note(
    first_solved: Progress,
) -> None:
    lines = render(summarise(first_solved, newly_solved=["first"]), ASCII)

    solved = the_line(lines, "+ solved:")
    assert solved.text == "+ solved: first: A click counter (3 runs, 12 min, no hints)"
    assert solved.markup == {"green": True, "bold": True}
    at = lines.index(solved)
    assert texts(lines)[at + 1 : at + 3] == [
        "  What interviewers look for:",
        "    Interviewers listen for first.",
    ]


def test_a_kata_solved_at_the_first_run_with_hints_says_so() -> None:
    progress = Progress()
    progress.kata("first").hints_used = 2
    record(progress, {"first": "solved"}, MONDAY, now=at(9, 0))

    lines = render(summarise(progress, newly_solved=["first"]), ASCII)

    assert the_line(lines, "+ solved:").text.endswith("(1 run, under a minute, with 2 of 2 hints)")


def test_a_long_interviewer_note_is_wrapped_and_indented() -> None:
    note = " ".join(["closures capture variables, not values."] * 8)
    catalog = Catalog(
        root=ROOT,
        topics=(Topic("basics", "Basics", (replace(FIRST, interviewers=note), SECOND)),),
    )
    progress = Progress()
    record(progress, {"first": "solved"}, MONDAY)
    summary = summarise(progress, newly_solved=["first"])
    summary.catalog = catalog

    lines = texts(render(summary, ASCII))

    start = lines.index("  What interviewers look for:") + 1
    note_lines = [line for line in lines[start:] if line.startswith("    closures")]
    assert len(note_lines) > 1
    assert all(len(line) <= 88 for line in note_lines)
    assert " ".join(line.strip() for line in note_lines) == note


# -- regressions, fitted katas and the current kata ------------------------------------


def test_a_regression_names_the_kata_and_what_fails_now(first_solved: Progress) -> None:
    verdict = Verdict("unsolved", "assert 2 == 1", "test_examples.py::test_two_clicks")
    record(first_solved, {"first": "unsolved"}, TUESDAY)

    lines = render(summarise(first_solved, {"first": verdict}, regressed=["first"]), ASCII)

    regression = the_line(lines, "x regressed:")
    assert regression.text == "x regressed: first was solved; now an example fails"
    assert regression.markup == {"red": True, "bold": True}
    at = lines.index(regression)
    assert lines[at + 1].text == "    test_examples.py::test_two_clicks: assert 2 == 1"


def test_a_regressed_current_kata_shows_its_failure_once(first_solved: Progress) -> None:
    verdict = Verdict("unsolved", "assert 2 == 1", "test_examples.py::test_two_clicks")
    record(first_solved, {"first": "unsolved"}, TUESDAY)

    lines = texts(render(summarise(first_solved, {"first": verdict}, regressed=["first"]), ASCII))

    assert lines.count("    test_examples.py::test_two_clicks: assert 2 == 1") == 1
    assert "> current: first: A click counter [unsolved]" in lines


def test_a_fitted_kata_shows_the_smallest_failing_input_with_expected_and_actual(
    first_solved: Progress,
) -> None:
    verdict = Verdict(
        "fitted", "for clicks=2: expected [1, 2]", "test_properties.py::test_any", SHRUNK
    )
    record(first_solved, {"second": "fitted"}, TUESDAY)

    lines = render(summarise(first_solved, {"second": verdict}), ASCII)

    at = lines.index(the_line(lines, "> current:"))
    assert lines[at] == Line(
        "> current: second: An audit trail [fitted]", {"yellow": True, "bold": True}
    )
    assert lines[at + 1] == Line(
        "    the examples pass, a property does not: fitted to the examples", {"red": True}
    )
    block = [
        Line("    test_properties.py::test_any: smallest failing input:", {"bold": True}),
        Line("      clicks = 2"),
        Line("      start = 0"),
        Line("    expected: [1, 2]", {"green": True}),
        Line("    actual:   [1, 1]", {"red": True}),
    ]
    start = lines.index(block[0])
    assert at + 1 < start < at + 4  # right under the status (a one-line reason may come first)
    assert lines[start : start + len(block)] == block


def test_the_current_kata_says_what_to_do_where_to_open_and_how_to_get_a_hint(
    first_solved: Progress,
) -> None:
    lines = texts(
        render(summarise(first_solved, location="katas/basics/second/audit.py:12"), ASCII)
    )

    at = lines.index("> current: second: An audit trail [pending]")
    assert lines[at + 1 : at + 4] == [
        "    Prompt of second: fix it so that it works.",
        "    open katas/basics/second/audit.py:12",
        "    stuck? pytest --katas-hint second",
    ]


def test_a_current_kata_without_a_location_still_offers_a_hint(first_solved: Progress) -> None:
    lines = texts(render(summarise(first_solved), ASCII))

    assert not any(line.lstrip().startswith("open ") for line in lines)
    assert "    stuck? pytest --katas-hint second" in lines


def test_when_every_kata_is_solved_the_summary_says_so_and_offers_no_hint() -> None:
    progress = Progress()
    record(progress, {"first": "solved", "second": "solved", "third": "solved"}, MONDAY)

    lines = render(summarise(progress, streak=Streak(1, 3)), ASCII)

    assert Line("+ every kata is solved. Well done.", {"green": True, "bold": True}) in lines
    assert not any("current:" in line.text or "--katas-hint" in line.text for line in lines)
    assert lines[-1].text == "solved 3/3 | streak 1 day (best 3 days)"


def test_warnings_come_first_in_yellow(first_solved: Progress) -> None:
    lines = render(summarise(first_solved, warnings=["progress file x is corrupt"]), ASCII)

    assert lines[0] == Line("warning: progress file x is corrupt", {"yellow": True})


def test_an_interrupted_run_says_in_one_line_that_it_recorded_nothing(
    first_solved: Progress,
) -> None:
    summary = replace(summarise(first_solved, warnings=["w"]), interrupted=True)

    lines = render(summary, ASCII, verbosity=-1)

    assert lines[1] == Line(
        "interrupted: nothing recorded for this run", {"yellow": True, "bold": True}
    )
    assert sum("interrupted" in line.text for line in lines) == 1


def test_a_tampered_kata_names_the_edited_files_and_the_fix(first_solved: Progress) -> None:
    summary = summarise(
        first_solved,
        tampered={"first": ["test_examples.py", "kata.toml"]},
        restore={"first": "git checkout -- katas/t/first/test_examples.py"},
    )
    lines = render(summary, ASCII)

    line = the_line(lines, "x tampered:")
    assert "first: test_examples.py, kata.toml differ from the catalog" in line.text
    assert "never counts as solved" in line.text
    assert line.markup == {"red": True}
    assert "    restore: git checkout -- katas/t/first/test_examples.py" in texts(lines)


# -- -q ------------------------------------------------------------------------------------


def test_quiet_keeps_the_essentials_and_drops_bars_notes_and_the_prompt(
    first_solved: Progress,
) -> None:
    summary = summarise(
        first_solved, newly_solved=["first"], streak=Streak(1, 1), location="audit.py:12"
    )

    lines = texts(render(summary, ASCII, verbosity=-1))

    assert lines == [
        "+ solved: first: A click counter (3 runs, 12 min, no hints)",
        "> current: second: An audit trail [pending]",
        "    open audit.py:12",
        "    stuck? pytest --katas-hint second",
        "solved 1/3 | streak 1 day (best 1 day)",
    ]


def test_verbose_shows_the_same_as_the_default(first_solved: Progress) -> None:
    summary = summarise(first_solved, newly_solved=["first"])

    assert render(summary, ASCII, verbosity=2) == render(summary, ASCII)


# -- symbols ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "symbols"),
    [
        ("utf-8", UNICODE),
        ("UTF-8", UNICODE),
        ("utf-16", UNICODE),
        ("ascii", ASCII),
        ("latin-1", ASCII),
        ("cp1252", ASCII),
        (None, ASCII),
        ("no-such-encoding", ASCII),
    ],
)
def test_symbols_fall_back_to_ascii_when_the_terminal_cannot_encode_them(
    encoding: str | None, symbols: Symbols
) -> None:
    assert symbols_for(encoding) == symbols


def test_with_ascii_symbols_every_line_encodes_as_ascii(first_solved: Progress) -> None:
    record(first_solved, {"first": "unsolved", "second": "fitted"}, TUESDAY)
    summary = summarise(
        first_solved,
        {
            "first": Verdict("unsolved", "assert 2 == 1", "test_examples.py::test_two"),
            "second": Verdict("fitted", "for clicks=2", "test_properties.py::test_any", SHRUNK),
        },
        newly_solved=["third"],
        regressed=["first"],
        streak=Streak(1, 4),
        location="katas/basics/first/counter.py:7",
        warnings=["progress file .katas/progress.json is corrupt or truncated"],
        tampered={"third": ["test_examples.py"]},
    )

    for verbosity in (-1, 0, 1):
        for line in render(summary, ASCII, verbosity):
            line.text.encode("ascii")  # raises UnicodeEncodeError on any non-ASCII symbol


def test_unicode_symbols_mark_solved_current_and_failed_katas(first_solved: Progress) -> None:
    record(first_solved, {"first": "unsolved"}, TUESDAY)
    summary = summarise(
        first_solved,
        {"first": Verdict("unsolved", "assert 2 == 1")},
        regressed=["first"],
    )

    lines = texts(render(summary, UNICODE))

    assert "✘ regressed: first was solved; now an example fails" in lines
    assert "▶ current: first: A click counter [unsolved]" in lines


# -- the calendar of solve days (--katas-status) ------------------------------------------


def calendar_texts(counts: dict[date, int], on: date, sym: Symbols = UNICODE) -> list[str]:
    return [line.text for line in calendar(counts, on, sym)]


def test_calendar_has_a_column_a_week_ending_with_this_week_and_a_row_a_weekday() -> None:
    on = date(2026, 12, 2)  # a Wednesday
    lines = calendar_texts({on: 1, date(2026, 9, 14): 2}, on)

    assert lines[0] == "    Sep Oct     Nov       Dec"
    assert [line[:4] for line in lines[1:8]] == [
        "Mon ",
        "    ",
        "Wed ",
        "    ",
        "Fri ",
        "    ",
        "Sun ",
    ]
    # Twelve Mondays, from 2026-09-14 to 2026-11-30: the first Monday's cell is shaded.
    assert lines[1] == "Mon ▒ · · · · · · · · · · ·"
    # This week: Monday, Tuesday and Wednesday are shown; the days after today are blank.
    assert lines[3] == "Wed · · · · · · · · · · · ░"
    assert lines[4] == "    · · · · · · · · · · ·"
    assert lines[8] == "    3 solves in the last 12 weeks   less · ░ ▒ ▓ █ more"


def test_calendar_shades_stand_for_fixed_counts_and_days_outside_are_left_out() -> None:
    monday = date(2026, 11, 23)
    counts = {monday - timedelta(days=7 * 12): 50}  # a Monday before the window
    counts.update({monday + timedelta(days=d): n for d, n in enumerate([1, 2, 3, 4, 5, 9, 0])})

    lines = calendar_texts(counts, monday + timedelta(days=6))

    assert [line[-1] for line in lines[1:8]] == ["░", "▒", "▓", "▓", "█", "█", "·"]
    assert lines[8].startswith("    24 solves in the last 12 weeks")


def test_calendar_falls_back_to_ascii_and_says_one_solve_in_the_singular() -> None:
    on = date(2026, 11, 1)  # a Sunday: the last column is full
    lines = calendar_texts({on: 1}, on, ASCII)

    for line in lines:
        line.encode("ascii")
    assert lines[7] == "Sun . . . . . . . . . . . -"
    assert lines[8] == "    1 solve in the last 12 weeks   less . - + * # more"


def test_solves_per_day_counts_each_kata_on_its_first_and_last_solve() -> None:
    progress = Progress()
    record(progress, {"first": "solved", "second": "solved"}, MONDAY)
    record(progress, {"first": "solved"}, TUESDAY)  # still solved: not a new solve
    progress.katas["second"].last_solved = TUESDAY.isoformat()  # a review passed on Tuesday
    progress.solve_days.append("2026-11-01")  # a kata solved that day was reset since

    assert solves_per_day(progress) == {MONDAY: 2, TUESDAY: 1, date(2026, 11, 1): 1}
