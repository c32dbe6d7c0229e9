"""Progress is never lost: every write merges with what is on disk, under a lock.

Two runs at once, or a hint given while a run is going, each keep their change
whatever the order in which the processes reach the file: a run applies its
verdicts to the file as it is when the run ends, not as it was when it began.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from conftest import Workspace
from pytest_senior_katas.core import statelock
from pytest_senior_katas.core.progress import Progress, load, record, save, update

TODAY = "2026-11-26"
ON = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 9, 30, 5)


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / ".katas" / "progress.json"


def give_hint(progress: Progress) -> None:
    progress.kata("shout").hints_used += 1


# -- the merge, in the core -------------------------------------------------------------


def test_a_change_written_after_a_run_read_the_file_is_kept_when_the_run_records(
    state: Path,
) -> None:
    at_start = load(state, now=NOW).progress  # the run reads the file, then runs its tests
    update(state, give_hint, now=NOW)  # meanwhile, another process records a hint

    update(state, lambda progress: record(progress, {"add_one": "solved"}, ON, now=NOW))

    on_disk = load(state, now=NOW).progress
    assert on_disk.kata("add_one").status == "solved"
    assert on_disk.kata("shout").hints_used == 1
    assert at_start.katas == {}


def test_two_solves_on_the_same_day_merge_into_one_solve_day(state: Path) -> None:
    update(state, lambda progress: record(progress, {"add_one": "solved"}, ON, now=NOW))
    update(state, lambda progress: record(progress, {"shout": "solved"}, ON, now=NOW))

    on_disk = load(state, now=NOW).progress
    assert {k: v.status for k, v in on_disk.katas.items()} == {
        "add_one": "solved",
        "shout": "solved",
    }
    assert on_disk.solve_days == [TODAY]


def test_update_returns_what_the_change_returned_and_the_progress_written(state: Path) -> None:
    updated = update(state, lambda progress: record(progress, {"shout": "fitted"}, ON, now=NOW))

    assert updated.result == []
    assert updated.progress.status("shout") == "fitted"
    assert updated.warnings == []
    assert updated.save_error is None


def test_an_unreadable_file_met_at_write_time_is_set_aside_not_overwritten(state: Path) -> None:
    state.parent.mkdir(parents=True)
    state.write_text("{ half a file")

    updated = update(state, give_hint, now=NOW)

    [warning] = updated.warnings
    assert "is corrupt or truncated" in warning
    aside = state.with_name("progress.json.unreadable-20261126-093005")
    assert aside.read_text() == "{ half a file"
    assert load(state, now=NOW).progress.kata("shout").hints_used == 1


def test_the_lock_is_a_sidecar_file_that_stays(state: Path) -> None:
    update(state, give_hint, now=NOW)

    assert sorted(p.name for p in state.parent.iterdir()) == ["progress.json", "progress.json.lock"]


@pytest.mark.skipif(sys.platform == "win32", reason="holds the lock with fcntl")
def test_a_writer_holding_the_lock_makes_another_wait_then_warn_not_hang(state: Path) -> None:
    save(state, Progress())
    holder = os.open(statelock.lock_path(state), os.O_RDWR | os.O_CREAT)
    try:
        import fcntl

        fcntl.flock(holder, fcntl.LOCK_EX)
        updated = update(state, give_hint, now=NOW, timeout=0.1)
    finally:
        os.close(holder)

    [warning] = updated.warnings
    assert warning.endswith(
        "stayed locked for 0.1 s (another pytest --katas writing?); "
        "progress was written without the lock"
    )
    assert load(state, now=NOW).progress.kata("shout").hints_used == 1


def test_a_file_system_without_working_locks_warns_once_and_still_writes(
    state: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_locks(fd: int) -> None:
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(statelock, "_try_lock", no_locks)

    updated = update(state, give_hint, now=NOW)

    [warning] = updated.warnings
    assert warning.startswith(f"file locks do not work in {state.parent} (")
    assert load(state, now=NOW).progress.kata("shout").hints_used == 1


# -- real runs --------------------------------------------------------------------------


def katas_run(workspace: Workspace, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "KATAS_TODAY": TODAY, "PYTHONDONTWRITEBYTECODE": "1"}
    flags = ["-p", "no:cacheprovider", "-p", "no:randomly", "-W", "ignore::DeprecationWarning"]
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", *flags, "--katas", *args],
        cwd=workspace.root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_runs_at_once_solving_different_katas_record_both_ten_rounds_in_ten(
    workspace: Workspace,
) -> None:
    workspace.write("add_one", "reference")
    workspace.write("shout", "reference")
    state = workspace.root / ".katas" / "progress.json"
    for _ in range(10):
        state.unlink(missing_ok=True)
        # Both start together: each reads an empty state, and each ends with one solve.
        runs = [katas_run(workspace, f"katas/basics/{kata}") for kata in ("add_one", "shout")]
        outputs = [run.communicate(timeout=120)[0] for run in runs]
        assert [run.returncode for run in runs] == [0, 0], outputs
        assert workspace.status("add_one") == "solved"
        assert workspace.status("shout") == "solved"
        assert workspace.progress()["solve_days"] == [TODAY]


def test_a_hint_taken_while_a_run_is_going_is_kept(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    # Deterministically in the middle of the run (after it read the progress, before it
    # records): another process takes a hint.
    (workspace.root / "conftest.py").write_text(
        "import subprocess, sys\n\n\n"
        "def pytest_collection_finish(session):\n"
        "    subprocess.run(\n"
        "        [sys.executable, '-m', 'pytest', '-p', 'no:cacheprovider', '-p', 'no:randomly',"
        " '--katas-hint', 'shout'],\n"
        "        cwd=session.config.rootpath, check=True, capture_output=True,\n"
        "    )\n"
    )

    result = workspace.run("--katas", "katas/basics/add_one", today=TODAY)

    assert result.ret == 0, result.stdout.str()
    assert workspace.status("add_one") == "solved"
    assert workspace.progress()["katas"]["shout"]["hints_used"] == 1  # type: ignore[index]
