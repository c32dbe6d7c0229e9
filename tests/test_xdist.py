"""Kata mode under pytest-xdist: workers judge, only the controller writes progress."""

from __future__ import annotations

import json
import textwrap

import pytest

from conftest import Workspace

pytest.importorskip("xdist")

COUNT_SAVES = """
import os

import pytest_senior_katas.core.progress as store

_save = store.save


def _counting_save(path, progress):
    with open("saves.log", "a") as log:
        log.write(os.environ.get("PYTEST_XDIST_WORKER", "controller") + "\\n")
    _save(path, progress)


store.save = _counting_save
"""


def test_a_parallel_run_writes_progress_exactly_once_from_the_controller(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # When this test itself runs on an xdist worker, its variables must not leak inwards.
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID"):
        monkeypatch.delenv(name, raising=False)
    workspace.write("add_one", "reference")
    (workspace.root / "conftest.py").write_text(COUNT_SAVES)

    result = workspace.pytester.runpytest_subprocess(
        "--katas", "--katas-all", "-n", "2", "-p", "no:cacheprovider", "-p", "no:randomly"
    )

    result.stdout.fnmatch_lines(["*2 workers*", "* solved: add_one*", "*solved 1/2*"])
    assert (workspace.root / "saves.log").read_text().splitlines() == ["controller"]
    assert "left a thread running" not in result.stderr.str()  # xdist's own threads are not
    progress = json.loads((workspace.root / ".katas" / "progress.json").read_text())
    assert progress["katas"]["add_one"]["status"] == "solved"
    assert progress["katas"]["shout"]["status"] == "unsolved"


def test_a_syntax_error_seen_by_workers_still_marks_the_kata(workspace: Workspace) -> None:
    workspace.kata_file("add_one").write_text("def add_one(x):\n    return x +\n")

    result = workspace.pytester.runpytest_subprocess("--katas", "-n", "2", "-p", "no:randomly")

    assert "INTERNALERROR" not in result.stdout.str()
    result.stdout.fnmatch_lines(["* current: add_one: * [[]error]"])


def test_a_thread_that_never_ends_does_not_keep_a_worker_alive(workspace: Workspace) -> None:
    workspace.kata_file("add_one").write_text(
        textwrap.dedent(
            """\
            import threading
            import time


            def _forever() -> None:
                while True:
                    time.sleep(0.05)


            def add_one(x: int) -> int:
                threading.Thread(target=_forever, name="poller").start()
                return x + 1
            """
        )
    )

    # A run that hangs fails here, after a wait far longer than any busy machine needs.
    result = workspace.pytester.runpytest_subprocess(
        "--katas", "-n", "2", "-p", "no:randomly", "-p", "no:cacheprovider", timeout=300
    )

    result.stdout.fnmatch_lines(["* solved: add_one*", "solved 1/2 *"])
    result.stderr.fnmatch_lines(
        ["senior katas: kata code left a thread running (*poller); the run is over, *"]
    )
    assert result.ret == pytest.ExitCode.OK  # the run's own exit code: add_one is solved
    assert workspace.status("add_one") == "solved"
