"""The learner's workflow commands: hints, reset, solution, review, watch, time to solve.

Each test is a real pytest run in a workspace with the two-kata catalog of the
conftest (or, where the installed catalog matters, a workspace made by
``--katas-init``). The synthetic catalog is not the installed one, so reset and
review find its starting files through git: tests that reset first commit the
fresh workspace (in the pytester directory, never in this repository).

No test depends on the real date or time: runs that judge katas set
``KATAS_TODAY``, and the ones that read a backup's name or a solve's duration set
``KATAS_NOW``. Watch mode runs in a subprocess of its own session, killed in a
``finally`` so that no test can hang.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import KATAS, REPO, Workspace, assert_no_traceback, error_lines, progress_path
from pytest_senior_katas.core.catalog import bundled_root, load_catalog

TODAY = "2026-11-26"
NOW = "2026-11-26T09:30:00"
BACKUP_STAMP = "20261126-093000"
# A learner's file with bytes a text round trip could change: CRLF, trailing spaces, UTF-8.
MINE = b"def add_one(x: int) -> int:\r\n    return x + 1  # mine \xc3\xa9  \r\n"
# Correct, but not written like the reference: the solution's diff has something to show.
MY_SOLUTION = "def add_one(x: int) -> int:\n    return 1 + x\n"
WATCH_DEADLINE = 30.0  # seconds for any one thing watch mode is waited for


# -- helpers ----------------------------------------------------------------------------


def backups(workspace: Workspace) -> Path:
    return workspace.root / ".katas" / "backups"


def entry(workspace: Workspace, kata_id: str) -> dict[str, object]:
    return workspace.progress()["katas"][kata_id]  # type: ignore[index,no-any-return]


def status_json(workspace: Workspace, today: str = TODAY) -> dict[str, object]:
    result = workspace.run("--katas-status=json", today=today)
    assert result.ret == pytest.ExitCode.OK
    return json.loads(result.stdout.str())  # type: ignore[no-any-return]


def kata_row(data: dict[str, object], kata_id: str) -> dict[str, object]:
    return next(k for k in data["katas"] if k["id"] == kata_id)  # type: ignore[attr-defined,index]


def workspace_reference(kata_id: str) -> str:
    return KATAS[kata_id]["reference"]


def commit(root: Path) -> None:
    """Commit a workspace, so that reset can find the starting files of its katas in git."""
    assert REPO not in (root, *root.parents), "never run git in the project's repository"
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Learner",
        "GIT_AUTHOR_EMAIL": "learner@example.com",
        "GIT_COMMITTER_NAME": "Learner",
        "GIT_COMMITTER_EMAIL": "learner@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    for args in (
        ["init", "-q"],
        ["add", "-A"],
        ["-c", "commit.gpgsign=false", "commit", "-q", "-m", "the katas as shipped"],
    ):
        subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    assert (root / ".git").is_dir()


@pytest.fixture
def committed(workspace: Workspace) -> Workspace:
    commit(workspace.root)
    return workspace


def solve(workspace: Workspace, kata_id: str = "add_one", today: str = TODAY) -> None:
    workspace.write(kata_id, "reference")
    result = workspace.run("--katas", kata_path(kata_id), today=today)
    assert workspace.status(kata_id) == "solved", result.stdout.str()


def kata_path(kata_id: str) -> str:
    return f"katas/basics/{kata_id}"


# -- --katas-hint -----------------------------------------------------------------------


def test_each_hint_goes_one_level_deeper_and_past_the_last_it_repeats_the_last_and_says_so(
    workspace: Workspace,
) -> None:
    shown = [workspace.run("--katas-hint", "add_one") for _ in range(4)]

    assert [r.ret for r in shown] == [pytest.ExitCode.OK] * 4
    shown[0].stdout.fnmatch_lines(
        ["Hint 1/3 for add_one:", "  Look at the examples."], consecutive=True
    )
    shown[1].stdout.fnmatch_lines(
        ["Hint 2/3 for add_one:", "  Read the docstring."], consecutive=True
    )
    for last in shown[2:]:
        last.stdout.fnmatch_lines(
            ["Hint 3/3 for add_one (the last one; it repeats from here):", "  Nearly the answer."],
            consecutive=True,
        )
    assert "last" not in shown[0].stdout.str() + shown[1].stdout.str()


def test_hints_taken_are_recorded_and_shown_by_status_as_a_table_and_as_json(
    workspace: Workspace,
) -> None:
    workspace.run("--katas-hint", "add_one")
    workspace.run("--katas-hint", "add")  # a unique prefix is the same kata

    assert entry(workspace, "add_one")["hints_used"] == 2
    table = workspace.run("--katas-status", today=TODAY)
    table.stdout.fnmatch_lines(["> * add_one * The add_one kata  hints 2/3"])
    data = status_json(workspace)
    assert [(k["id"], k["hints_used"], k["hints_total"]) for k in data["katas"]] == [  # type: ignore[attr-defined]
        ("add_one", 2, 3),
        ("shout", 0, 3),
    ]


def test_solving_after_two_hints_says_with_2_of_3_hints(workspace: Workspace) -> None:
    workspace.run("--katas-hint", "add_one")
    workspace.run("--katas-hint", "add_one")
    workspace.run("--katas-hint", "shout")  # another kata's hints do not count
    workspace.write("add_one", "reference")

    result = workspace.run("--katas", today=TODAY)

    result.stdout.fnmatch_lines(
        ["* solved: add_one: The add_one kata (1 run, *, with 2 of 3 hints)"]
    )


def test_solving_without_a_hint_says_no_hints(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")

    result = workspace.run("--katas", today=TODAY)

    result.stdout.fnmatch_lines(["* solved: add_one: The add_one kata (1 run, *, no hints)"])
    assert "with " not in next(line for line in result.outlines if "solved: add_one" in line)


# -- time to solve ----------------------------------------------------------------------


def test_the_solve_message_says_how_many_runs_how_long_and_no_hints(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    for clock, version in (("09:00", "start"), ("09:05", "fitted"), ("09:12", "reference")):
        monkeypatch.setenv("KATAS_NOW", f"{TODAY}T{clock}:00")
        workspace.write("add_one", version)
        result = workspace.run("--katas", today=TODAY)

    result.stdout.fnmatch_lines(["* solved: add_one: The add_one kata (3 runs, 12 min, no hints)"])
    assert entry(workspace, "add_one")["started"] == f"{TODAY}T09:00:00"
    assert entry(workspace, "add_one")["solved_at"] == f"{TODAY}T09:12:00"


def test_after_a_reset_the_runs_and_the_clock_start_afresh(
    committed: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = committed
    monkeypatch.setenv("KATAS_NOW", f"{TODAY}T09:00:00")
    workspace.run("--katas", today=TODAY)
    monkeypatch.setenv("KATAS_NOW", f"{TODAY}T09:40:00")
    solve(workspace)
    monkeypatch.setenv("KATAS_NOW", f"{TODAY}T10:00:00")
    assert workspace.run("--katas-reset", "add_one").ret == pytest.ExitCode.OK

    monkeypatch.setenv("KATAS_NOW", f"{TODAY}T10:02:00")
    workspace.write("add_one", "reference")
    result = workspace.run("--katas", today=TODAY)

    result.stdout.fnmatch_lines(["* solved: add_one: * (1 run, under a minute, no hints)"])
    assert entry(workspace, "add_one")["attempts"] == 3  # the history keeps every run


# -- --katas-reset ----------------------------------------------------------------------


def test_reset_backs_up_your_files_first_and_prints_where(
    committed: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = committed
    workspace.kata_file("add_one").write_bytes(MINE)
    monkeypatch.setenv("KATAS_NOW", NOW)

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    assert_no_traceback(result)
    where = f".katas/backups/add_one/{BACKUP_STAMP}"
    result.stdout.fnmatch_lines(
        [
            f"Backed up your files to {where}",
            "add_one is back at its starting files and unsolved (its history is kept).",
        ],
        consecutive=True,
    )
    backup = workspace.root / where
    assert sorted(p.name for p in backup.iterdir()) == ["add.py"]  # the learner's files only
    assert (backup / "add.py").read_bytes() == MINE


def test_reset_restores_the_starting_files_byte_for_byte(committed: Workspace) -> None:
    workspace = committed
    start = workspace.kata_file("add_one").read_bytes()
    shout = workspace.kata_file("shout").read_bytes()
    workspace.kata_file("add_one").write_bytes(MINE)

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    assert workspace.kata_file("add_one").read_bytes() == start
    assert workspace.kata_file("shout").read_bytes() == shout  # other katas are left alone
    leftovers = [p.name for p in workspace.kata_file("add_one").parent.iterdir()]
    assert not [name for name in leftovers if "katas-reset" in name]  # no temporary file left


def test_reset_makes_a_solved_kata_unsolved_and_keeps_its_history(committed: Workspace) -> None:
    workspace = committed
    workspace.run("--katas", today="2026-11-25")  # a failing first attempt
    solve(workspace, today="2026-11-25")
    before = entry(workspace, "add_one")
    assert before["attempts"] == 2

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    after = entry(workspace, "add_one")
    assert after["status"] == "unsolved"
    assert after["first_solved"] == before["first_solved"] == "2026-11-25"
    assert after["last_solved"] == "2026-11-25"
    assert after["attempts"] == 2
    assert workspace.progress()["solve_days"] == ["2026-11-25"]
    row = kata_row(status_json(workspace), "add_one")
    assert (row["status"], row["first_solved"], row["attempts"]) == ("unsolved", "2026-11-25", 2)
    # It is the current kata again, and its starting files fail as they did at first.
    run = workspace.run("--katas", today=TODAY)
    run.stdout.fnmatch_lines(["* current: add_one: The add_one kata [[]unsolved]"])


def test_reset_of_untouched_files_says_so_and_writes_nothing(committed: Workspace) -> None:
    workspace = committed
    workspace.run("--katas", today=TODAY)
    before = progress_path(workspace).read_bytes()

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    assert result.stdout.lines == ["add_one is already at its starting files: nothing to reset."]
    assert not backups(workspace).exists()
    assert progress_path(workspace).read_bytes() == before


def test_reset_that_cannot_back_up_is_one_error_line_and_changes_nothing(
    committed: Workspace,
) -> None:
    workspace = committed
    workspace.run("--katas", today=TODAY)
    workspace.kata_file("add_one").write_bytes(MINE)
    before = progress_path(workspace).read_bytes()
    # Root ignores file modes: a regular file where the backups directory goes makes
    # the backup fail for any user.
    backups(workspace).write_text("not a directory\n")

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    [error] = error_lines(result)
    assert error.startswith("ERROR: cannot back up add_one to ")
    assert error.endswith("; nothing was changed")
    assert workspace.kata_file("add_one").read_bytes() == MINE
    assert progress_path(workspace).read_bytes() == before
    assert backups(workspace).read_text() == "not a directory\n"


def test_reset_of_an_unknown_kata_is_one_error_line_naming_the_closest_ids(
    committed: Workspace,
) -> None:
    workspace = committed
    workspace.kata_file("add_one").write_bytes(MINE)

    unknown = workspace.run("--katas-reset", "nope", today=TODAY)
    misspelt = workspace.run("--katas-reset", "shuot", today=TODAY)

    for result in (unknown, misspelt):
        assert result.ret == pytest.ExitCode.USAGE_ERROR
        assert_no_traceback(result)
    assert error_lines(unknown) == ["ERROR: no kata with id 'nope'; see pytest --katas-status"]
    assert error_lines(misspelt) == ["ERROR: no kata with id 'shuot'; did you mean shout?"]
    assert workspace.kata_file("add_one").read_bytes() == MINE
    assert not (workspace.root / ".katas").exists()


def test_reset_accepts_a_unique_prefix_of_the_id(committed: Workspace) -> None:
    workspace = committed
    start = workspace.kata_file("shout").read_bytes()
    workspace.write("shout", "reference")

    result = workspace.run("--katas-reset", "sh", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["shout is back at its starting files*"])
    assert workspace.kata_file("shout").read_bytes() == start


def test_two_resets_in_the_same_second_keep_both_backups(
    committed: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = committed
    monkeypatch.setenv("KATAS_NOW", NOW)
    workspace.kata_file("add_one").write_bytes(MINE)
    workspace.run("--katas-reset", "add_one", today=TODAY)
    workspace.write("add_one", "fitted")

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    result.stdout.fnmatch_lines(
        [f"Backed up your files to .katas/backups/add_one/{BACKUP_STAMP}-2"]
    )
    base = backups(workspace) / "add_one"
    assert (base / BACKUP_STAMP / "add.py").read_bytes() == MINE
    assert (base / f"{BACKUP_STAMP}-2" / "add.py").read_text() == (
        "def add_one(x: int) -> int:\n    return 2 if x == 1 else 42\n"
    )


#: A workspace conftest.py: the command runs in another process deterministically in the
#: middle of a ``pytest --katas`` run, once its tests have run and before it records them.
COMMAND_AFTER_THE_TESTS = """\
import subprocess
import sys

import pytest


@pytest.hookimpl(wrapper=True)
def pytest_runtestloop(session):
    result = yield
    subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", *{args}],
        cwd=session.config.rootpath, check=True, capture_output=True,
    )
    return result
"""

RESET_OR_REVIEW = pytest.mark.parametrize(
    "command", [("--katas-reset", "add_one"), ("--katas-review",)], ids=["reset", "review"]
)


@RESET_OR_REVIEW
def test_a_reset_while_a_run_is_going_is_not_undone_by_the_run(
    committed: Workspace, command: tuple[str, ...]
) -> None:
    workspace = committed
    solve(workspace, today="2026-11-20")
    conftest = workspace.root / "conftest.py"
    conftest.write_text(COMMAND_AFTER_THE_TESTS.format(args=list(command)))

    # The run re-checks add_one, solved, while the command puts it back to the start.
    result = workspace.run("--katas", "--katas-all", today="2026-11-21")
    conftest.unlink()

    assert workspace.status("add_one") == "unsolved"
    result.stdout.fnmatch_lines(
        ["*add_one: its files changed while this run tested them (a reset, a review or a save?)*"]
    )
    assert workspace.status("shout") == "unsolved"  # the run's other verdicts are recorded
    [backup] = (backups(workspace) / "add_one").iterdir()
    assert (backup / "add.py").read_text() == workspace_reference("add_one")
    again = workspace.run("--katas", today="2026-11-21")
    again.stdout.fnmatch_lines(["* current: add_one: The add_one kata [[]unsolved]"])


@RESET_OR_REVIEW
def test_a_run_recording_while_a_reset_waits_for_the_lock_sees_the_learners_files_whole(
    committed: Workspace, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pytest_senior_katas.core import statelock

    workspace = committed
    solve(workspace, today="2026-11-20")
    # What a run recording its verdicts would find, had it the lock as the reset asks
    # for it: runs record under the lock that the reset now holds while it writes.
    found: list[tuple[str, bool]] = []
    take_lock = statelock._try_lock

    def a_run_records_first(fd: int) -> None:
        found.append((workspace.kata_file("add_one").read_text(), backups(workspace).exists()))
        take_lock(fd)

    monkeypatch.setattr(statelock, "_try_lock", a_run_records_first)

    result = workspace.run(*command, today="2026-11-21")

    assert result.ret == pytest.ExitCode.OK, result.stdout.str()
    assert found == [(workspace_reference("add_one"), False)]  # the learner's, not yet backed up
    assert workspace.kata_file("add_one").read_text() == textwrap.dedent(KATAS["add_one"]["start"])
    assert workspace.status("add_one") == "unsolved"


def test_reset_with_a_malformed_clock_is_one_error_line_and_changes_nothing(
    committed: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = committed
    workspace.kata_file("add_one").write_bytes(MINE)
    monkeypatch.setenv("KATAS_NOW", "half past nine")

    result = workspace.run("--katas-reset", "add_one", today=TODAY)

    assert workspace.kata_file("add_one").read_bytes() == MINE
    assert not backups(workspace).exists()
    assert_no_traceback(result)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    [error] = error_lines(result)
    assert "KATAS_NOW='half past nine' is not an ISO date and time" in error


@pytest.fixture
def init_workspace(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace made by ``--katas-init`` from the installed catalog, as the cwd."""
    assert pytester.runpytest("--katas-init", "ws").ret == pytest.ExitCode.OK
    ws = pytester.path / "ws"
    monkeypatch.chdir(ws)
    monkeypatch.setenv("KATAS_TODAY", TODAY)
    return ws


LEGB = Path("katas") / "language_semantics" / "legb_counter"


def test_reset_in_an_init_workspace_restores_the_installed_starting_files(
    pytester: pytest.Pytester, init_workspace: Path
) -> None:
    shipped = bundled_root()
    assert shipped is not None
    reference = shipped / "language_semantics" / "legb_counter" / "_solutions" / "reference"
    learner = init_workspace / LEGB / "counter.py"
    start = learner.read_bytes()
    assert start == (shipped / "language_semantics" / "legb_counter" / "counter.py").read_bytes()
    shutil.copyfile(reference / "counter.py", learner)
    solved = pytester.runpytest("-p", "no:cacheprovider", "--katas", str(LEGB))
    progress = json.loads((init_workspace / ".katas" / "progress.json").read_text())
    assert progress["katas"]["legb_counter"]["status"] == "solved", solved.stdout.str()

    result = pytester.runpytest("--katas-reset", "legb_counter")

    assert result.ret == pytest.ExitCode.OK
    assert_no_traceback(result)
    assert learner.read_bytes() == start
    [backup_line] = [line for line in result.outlines if line.startswith("Backed up")]
    backup = init_workspace / backup_line.removeprefix("Backed up your files to ")
    assert backup.parent == init_workspace / ".katas" / "backups" / "legb_counter"
    assert (backup / "counter.py").read_bytes() == (reference / "counter.py").read_bytes()
    progress = json.loads((init_workspace / ".katas" / "progress.json").read_text())
    assert progress["katas"]["legb_counter"]["status"] == "unsolved"
    assert progress["katas"]["legb_counter"]["first_solved"] == TODAY


def test_the_solution_in_an_init_workspace_comes_from_the_installed_catalog(
    pytester: pytest.Pytester, init_workspace: Path
) -> None:
    shipped = bundled_root()
    assert shipped is not None
    reference = shipped / "language_semantics" / "legb_counter" / "_solutions" / "reference"
    assert not list(init_workspace.rglob("_solutions"))  # the workspace has no solutions
    hidden = pytester.runpytest("--katas-solution", "legb_counter")
    assert hidden.ret == pytest.ExitCode.USAGE_ERROR
    shutil.copyfile(reference / "counter.py", init_workspace / LEGB / "counter.py")
    pytester.runpytest("-p", "no:cacheprovider", "--katas", str(LEGB))

    result = pytester.runpytest("--katas-solution", "legb_counter")

    assert result.ret == pytest.ExitCode.OK
    assert_no_traceback(result)
    out = result.stdout.str()
    assert (reference / "counter.py").read_text().strip() in out
    result.stdout.fnmatch_lines(["-*- your solution -> the reference -*-", "(identical)"])


def test_an_ambiguous_prefix_is_one_error_line_listing_the_candidates(
    pytester: pytest.Pytester, init_workspace: Path
) -> None:
    ids = [k.id for k in load_catalog(init_workspace / "katas").katas]
    prefix, matching = next(
        (i[:n], [j for j in ids if j.startswith(i[:n])])
        for i in ids
        for n in range(1, len(i))
        if sum(j.startswith(i[:n]) for j in ids) > 1 and i[:n] not in ids
    )

    result = pytester.runpytest("--katas-reset", prefix)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    assert error_lines(result) == [f"ERROR: kata id {prefix!r} is ambiguous: {', '.join(matching)}"]
    assert not (init_workspace / ".katas").exists()


# -- --katas-solution -------------------------------------------------------------------


def test_the_solution_of_an_unsolved_kata_is_refused_in_one_line_suggesting_a_hint(
    workspace: Workspace,
) -> None:
    workspace.run("--katas", today=TODAY)  # tried, not solved
    workspace.write("add_one", "fitted")
    workspace.run("--katas", today=TODAY)  # fitted is not solved either

    result = workspace.run("--katas-solution", "add_one", today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    assert error_lines(result) == [
        "ERROR: add_one is not solved yet, so its solution stays hidden; "
        "try pytest --katas-hint add_one"
    ]
    assert "return x + 1" not in result.stdout.str() + result.stderr.str()


def test_the_solution_of_a_solved_kata_shows_the_reference_and_how_yours_differs(
    workspace: Workspace,
) -> None:
    workspace.kata_file("add_one").write_text(MY_SOLUTION)
    workspace.run("--katas", today=TODAY)
    assert workspace.status("add_one") == "solved"
    before = progress_path(workspace).read_bytes()

    result = workspace.run("--katas-solution", "add", today=TODAY)  # a prefix is enough

    assert result.ret == pytest.ExitCode.OK
    assert_no_traceback(result)
    result.stdout.fnmatch_lines(
        [
            "=*= reference: add.py =*=",
            "def add_one(x: int) -> int:",
            "    return x + 1",
            "-*- your solution -> the reference -*-",
            "--- yours: katas/basics/add_one/add.py",
            "+++ reference: add.py",
            "@@ *",
            " def add_one(x: int) -> int:",
            "-    return 1 + x",
            "+    return x + 1",
        ],
        consecutive=True,
    )
    assert workspace.kata_file("add_one").read_text() == MY_SOLUTION
    assert progress_path(workspace).read_bytes() == before


# -- --katas-review ---------------------------------------------------------------------


def test_review_with_nothing_solved_says_no_review_is_due(workspace: Workspace) -> None:
    workspace.run("--katas", today=TODAY)

    result = workspace.run("--katas-review", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["No review is due*"])
    assert not backups(workspace).exists()


def test_a_kata_solved_yesterday_comes_back_for_review_with_a_backup(
    committed: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = committed
    start = workspace.kata_file("add_one").read_bytes()
    solve(workspace, today="2026-11-20")
    assert entry(workspace, "add_one")["review_due"] == "2026-11-21"
    same_day = workspace.run("--katas-review", today="2026-11-20")
    same_day.stdout.fnmatch_lines(["No review is due today; the next is add_one, on 2026-11-21."])
    assert workspace.kata_file("add_one").read_text() == workspace_reference("add_one")

    monkeypatch.setenv("KATAS_NOW", "2026-11-21T08:00:00")
    result = workspace.run("--katas-review", today="2026-11-21")

    assert result.ret == pytest.ExitCode.OK
    where = ".katas/backups/add_one/20261121-080000"
    result.stdout.fnmatch_lines(
        [
            "add_one: back at its starting files for review; "
            f"your solution is backed up in {where}",
            "Solve them again from scratch: pytest --katas",
        ],
        consecutive=True,
    )
    assert workspace.kata_file("add_one").read_bytes() == start
    assert (workspace.root / where / "add.py").read_text() == workspace_reference("add_one")
    assert workspace.status("add_one") == "unsolved"
    assert entry(workspace, "add_one")["first_solved"] == "2026-11-20"


def test_solving_a_review_again_counts_for_the_streak_and_the_next_review_waits_longer(
    committed: Workspace,
) -> None:
    workspace = committed
    solve(workspace, today="2026-11-20")
    workspace.run("--katas-review", today="2026-11-21")
    assert workspace.status("add_one") == "unsolved"

    workspace.write("add_one", "reference")
    result = workspace.run("--katas", today="2026-11-21")

    result.stdout.fnmatch_lines(
        ["* solved: add_one: *", "solved 1/2 * streak 2 days (best 2 days)"]
    )
    assert workspace.progress()["solve_days"] == ["2026-11-20", "2026-11-21"]
    after = entry(workspace, "add_one")
    assert after["review_due"] == "2026-11-24"  # level 1 of 1, 3, 7, 14, 30 days
    assert after["last_solved"] == "2026-11-21"
    assert after["first_solved"] == "2026-11-20"
    assert status_json(workspace, today="2026-11-21")["streak"] == {"current": 2, "best": 2}

    next_day = workspace.run("--katas-review", today="2026-11-22")
    assert next_day.ret == pytest.ExitCode.OK
    next_day.stdout.fnmatch_lines(["No review is due today; the next is add_one, on 2026-11-24."])
    assert workspace.status("add_one") == "solved"
    assert workspace.kata_file("add_one").read_text() == workspace_reference("add_one")


def test_review_n_brings_back_at_most_n_katas(committed: Workspace) -> None:
    workspace = committed
    solve(workspace, "add_one", today="2026-11-20")
    solve(workspace, "shout", today="2026-11-20")

    result = workspace.run("--katas-review", "1", today="2026-11-22")

    assert result.ret == pytest.ExitCode.OK
    reviewed = [line for line in result.outlines if "back at its starting files" in line]
    assert len(reviewed) == 1
    assert reviewed[0].startswith("add_one: ")
    assert workspace.status("add_one") == "unsolved"
    assert workspace.status("shout") == "solved"
    assert workspace.kata_file("shout").read_text() == workspace_reference("shout")

    default = workspace.run("--katas-review", today="2026-11-22")  # up to 3: the one left
    default.stdout.fnmatch_lines(["shout: back at its starting files for review*"])
    assert workspace.status("shout") == "unsolved"


def test_review_of_zero_katas_is_a_usage_error(workspace: Workspace) -> None:
    result = workspace.run("--katas-review", "0", today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    assert error_lines(result) == ["ERROR: --katas-review takes a number of katas from 1 up, not 0"]
    assert not (workspace.root / ".katas").exists()


def test_the_run_summary_says_when_a_review_is_due(workspace: Workspace) -> None:
    solve(workspace, today="2026-11-20")
    not_yet = workspace.run("--katas", today="2026-11-20")
    assert "review is due" not in not_yet.stdout.str()

    result = workspace.run("--katas", today="2026-11-21")

    result.stdout.fnmatch_lines(
        [
            "1 review is due (add_one): solve them again with pytest --katas-review",
            "solved 1/2 * streak 1 day (best 1 day)",
        ],
        consecutive=True,
    )


def test_status_shows_the_reviews_that_are_due(workspace: Workspace) -> None:
    solve(workspace, today="2026-11-20")

    result = workspace.run("--katas-status", today="2026-11-21")

    assert result.ret == pytest.ExitCode.OK
    assert any("review" in line and "add_one" in line for line in result.outlines), (
        result.stdout.str()
    )


# -- --katas-watch ----------------------------------------------------------------------


class Watch:
    """``pytest --katas-watch`` in its own session, its output collected by a thread."""

    def __init__(self, root: Path, runs: int | None) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("KATAS_WATCH_RUNS", None)
        env.pop("PYTHONUNBUFFERED", None)  # a learner's pipe (tee, an editor's panel) buffers
        if runs is not None:
            env["KATAS_WATCH_RUNS"] = str(runs)
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pytest", "--katas-watch", "-p", "no:cacheprovider"],
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group: Ctrl-C and kill reach every run
            preexec_fn=_default_sigint,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, text: str, after: int = 0) -> int:
        """The index of the first line from ``after`` on that contains ``text``."""
        deadline = time.monotonic() + WATCH_DEADLINE
        while time.monotonic() < deadline:
            for index in range(after, len(self.lines)):
                if text in self.lines[index]:
                    return index
            if self.process.poll() is not None and not self.reader.is_alive():
                break
            time.sleep(0.05)
        pytest.fail(f"watch mode never printed {text!r}; it printed:\n{self.output}")

    def wait_exit(self, seconds: float) -> int:
        try:
            code = self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            pytest.fail(f"watch mode did not exit within {seconds} s; it printed:\n{self.output}")
        self.reader.join(timeout=5)
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.reader.join(timeout=5)


def _default_sigint() -> None:
    # Ctrl-C as in a learner's shell, even if the test process ignores SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_watch_reruns_on_every_save_survives_a_syntax_error_and_celebrates(
    workspace: Workspace,
) -> None:
    learner = workspace.kata_file("add_one")
    watch = Watch(workspace.root, runs=3)
    try:
        first = watch.wait_for("solved 0/2")
        learner.write_text("def add_one(x: int) -> int:\n    return x +\n")  # mid-edit
        broken = watch.wait_for("[error]", after=first + 1)
        learner.write_text(workspace_reference("add_one"))
        watch.wait_for("solved: add_one", after=broken + 1)
        code = watch.wait_exit(WATCH_DEADLINE)
    finally:
        watch.kill()

    assert code == 0, watch.output
    out = watch.output
    assert "INTERNALERROR" not in out
    assert "Traceback" not in out
    headers = [line for line in watch.lines if "katas-watch: run" in line]
    assert len(headers) == 3, out
    assert "run 1" in headers[0]
    for number, header in enumerate(headers[1:], start=2):
        assert f"run {number} (katas/basics/add_one/add.py saved " in header, header
    assert watch.lines[-1].startswith("stopped watching: solved 1/2, streak 1 day")
    assert out.count("stopped watching") == 1


def test_watch_output_comes_in_order_when_piped(workspace: Workspace) -> None:
    """Each run's header comes before that run's output, even when stdout is a pipe."""
    learner = workspace.kata_file("add_one")
    watch = Watch(workspace.root, runs=2)
    try:
        watch.wait_for("solved 0/2")
        learner.write_text(workspace_reference("add_one"))
        watch.wait_exit(WATCH_DEADLINE)
    finally:
        watch.kill()

    headers = [i for i, line in enumerate(watch.lines) if "katas-watch: run" in line]
    summaries = [i for i, line in enumerate(watch.lines) if line.startswith("solved ")]
    assert len(headers) == len(summaries) == 2, watch.output
    assert headers[0] < summaries[0] < headers[1] < summaries[1], watch.output


def test_ctrl_c_stops_watching_with_a_summary_line(workspace: Workspace) -> None:
    watch = Watch(workspace.root, runs=None)
    try:
        watch.wait_for("solved 0/2")
        # Most likely the run has ended and watch mode waits for a save; if the run is
        # still ending, Ctrl-C reaches it too, and the outcome must be the same.
        time.sleep(0.5)
        os.killpg(watch.process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
        code = watch.wait_exit(15)
    finally:
        watch.kill()

    assert code == 0, watch.output
    assert "Traceback" not in watch.output
    assert watch.lines[-1].startswith("stopped watching: solved 0/2, streak 0 days"), watch.output


def test_a_kata_selected_by_path_or_keyword_is_the_one_summarised(workspace: Workspace) -> None:
    workspace.write("shout", "fitted")
    for args in (["katas/basics/shout"], ["-k", "shout"]):
        out = workspace.run("--katas", *args).stdout.str()
        assert "selected: shout: The shout kata [fitted]" in out
        assert "open katas/basics/shout/shout.py" in out
        assert "stuck? pytest --katas-hint shout" in out
        assert "current: add_one" not in out
    # Once the selected kata is solved, the summary points at the catalog's current kata.
    workspace.write("shout", "reference")
    out = workspace.run("--katas", "katas/basics/shout").stdout.str()
    assert "current: add_one" in out


def test_a_fitted_kata_never_prints_where_the_reference_lives(workspace: Workspace) -> None:
    workspace.write("add_one", "fitted")
    result = workspace.run("--katas", "-rA")
    out = result.stdout.str()
    assert workspace.status("add_one") == "fitted"
    assert "reference=<the kata's reference solution>" in out
    assert "_solutions" not in out


def test_a_deleted_shipped_test_file_makes_only_its_kata_tampered(workspace: Workspace) -> None:
    (workspace.katas / "basics" / "shout" / "test_examples.py").unlink()
    workspace.write("add_one", "reference")
    result = workspace.run("--katas", "--katas-all")
    out = result.stdout.str()
    assert workspace.status("add_one") == "solved"
    assert workspace.status("shout") == "tampered"
    assert "tampered: shout: test_examples.py differ from the catalog" in out
    assert_no_traceback(result)


def test_plain_pytest_in_a_workspace_says_to_run_pytest_katas(workspace: Workspace) -> None:
    result = workspace.run()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.stdout.fnmatch_lines(["*this is a kata workspace; run `pytest --katas`*"])
    # A project with tests of its own hears nothing of it.
    (workspace.root / "test_own.py").write_text("def test_own():\n    assert True\n")
    result = workspace.run()
    assert result.ret == 0
    assert "kata workspace" not in result.stdout.str()


def test_the_open_pointer_is_the_line_the_reason_names(workspace: Workspace) -> None:
    workspace.kata_file("add_one").write_text(
        '"""add_one(x) returns x + 1."""\n\n\ndef add_one(x: int) -> int:\n    return x +\n'
    )
    out = workspace.run("--katas").stdout.str()
    assert "(add.py:5)" in out
    assert "open katas/basics/add_one/add.py:5" in out


def test_a_reference_may_use_dataclasses_with_postponed_annotations(workspace: Workspace) -> None:
    # dataclasses resolve string annotations through sys.modules[cls.__module__]: a
    # reference loaded outside sys.modules crashed at import with an AttributeError.
    reference = workspace.katas / "basics" / "add_one" / "_solutions" / "reference" / "add.py"
    reference.write_text(
        "from __future__ import annotations\n"
        "import dataclasses\n\n\n"
        "@dataclasses.dataclass(frozen=True)\n"
        "class Step:\n"
        "    by: int = 1\n\n\n"
        "def add_one(x: int) -> int:\n"
        "    return x + 1\n"
    )
    workspace.write("add_one", "reference")
    result = workspace.run("--katas", today="2026-12-01")
    assert workspace.status("add_one") == "solved", result.stdout.str()[-2000:]


def test_a_coroutine_never_awaited_says_nothing_after_the_last_line(workspace: Workspace) -> None:
    # The kata's failing example already reports the missing await; the coroutine it
    # left used to warn "was never awaited" below pytest's last line.
    workspace.kata_file("add_one").write_text(
        "async def add_one(x: int) -> int:\n    return x + 1\n"
    )
    result = workspace.pytester.runpytest_subprocess(
        "--katas", "-p", "no:cacheprovider", "-p", "no:randomly", timeout=120
    )
    assert "never awaited" not in result.stdout.str() + result.stderr.str()
    assert "1 unsolved" in result.stdout.lines[-1]
