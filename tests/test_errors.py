"""A learner's mistakes, and bad input, mark only what they touch: the run goes on.

Every case here is a real pytest run in a workspace. Whatever the learner or the
workspace gets wrong, the learner sees a kata status, a warning or a one-line
error, and never an INTERNALERROR or a traceback of the plugin.

Runs that could hang (a learner's infinite loop) go through a subprocess with a
deadline: if the time limit ever stopped working, the test fails instead of
hanging. Those runs set ``katas_timeout = 0.5``: it fires on the infinite loop
whatever the machine's speed, so the verdict (``timeout``) never depends on timing
luck; only which test the summary names first may (see the loop test).
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import Workspace, error_lines

TODAY = "2026-11-26"
HANG_DEADLINE = 60  # seconds; a run that needs more has hung


def assert_no_internal_error(result: pytest.RunResult) -> None:
    out = result.stdout.str() + result.stderr.str()
    assert "INTERNALERROR" not in out
    assert "Traceback (most recent call last)" not in out


def learner_writes(workspace: Workspace, kata_id: str, source: str) -> None:
    workspace.kata_file(kata_id).write_text(textwrap.dedent(source))


def with_timeout(workspace: Workspace, seconds: str = "0.5") -> None:
    (workspace.root / "pytest.ini").write_text(
        f"[pytest]\nkatas_dir = katas\nkatas_timeout = {seconds}\n"
    )


def run_guarded(
    workspace: Workspace, *args: str, deadline: float = HANG_DEADLINE
) -> pytest.RunResult:
    """``pytest --katas`` in a subprocess that is killed (failing the test) past the deadline."""
    workspace.monkeypatch.setenv("KATAS_TODAY", TODAY)
    workspace.monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    flags = ("-p", "no:cacheprovider", "-p", "no:randomly", "-W", "ignore::DeprecationWarning")
    return workspace.pytester.runpytest_subprocess(*flags, "--katas", *args, timeout=deadline)


def warning_lines(result: pytest.RunResult) -> list[str]:
    return [line for line in result.outlines if line.startswith("warning:")]


# -- the learner's code is broken -------------------------------------------------------


def test_a_syntax_error_marks_the_kata_error_and_the_summary_names_it(
    workspace: Workspace,
) -> None:
    learner_writes(workspace, "add_one", "def add_one(x: int) -> int:\n    return x +\n")

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*senior katas*",
            "* current: add_one: The add_one kata [[]error]",
            "    cannot be imported or collected",
            "    test_examples.py: SyntaxError: *",
            "    open katas/basics/add_one/add.py:*",
            "    stuck? pytest --katas-hint add_one",
            "solved 0/2 * streak 0 days (best 0 days)",
        ]
    )
    assert workspace.status("add_one") == "error"


def test_sys_exit_at_import_time_marks_the_kata_error_and_the_run_goes_on(
    workspace: Workspace,
) -> None:
    learner_writes(workspace, "add_one", "import sys\n\nsys.exit(1)\n")

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(["* current: add_one: The add_one kata [[]error]", "solved 0/2 *"])
    assert workspace.status("add_one") == "error"


def test_sys_exit_inside_the_function_is_a_failing_example_not_the_end_of_the_run(
    workspace: Workspace,
) -> None:
    learner_writes(
        workspace, "add_one", "import sys\n\n\ndef add_one(x: int) -> int:\n    sys.exit(1)\n"
    )

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(
        ["* current: add_one: The add_one kata [[]unsolved]", "*SystemExit*", "solved 0/2 *"]
    )
    assert workspace.status("add_one") == "unsolved"


def test_an_infinite_loop_in_the_function_is_a_timeout_and_the_summary_says_so(
    workspace: Workspace,
) -> None:
    with_timeout(workspace)
    learner_writes(
        workspace,
        "add_one",
        """\
        def add_one(x: int) -> int:
            while True:
                pass
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "* current: add_one: The add_one kata [[]timeout]",
            "    took too long (an infinite loop?)",
            # The reason names the first test that ran out of time (under a heavy load,
            # importing Hypothesis for test_properties.py may already take 0.5 s).
            "    *ran longer than 0.5 s (katas_timeout): an infinite loop?*",
            "    open katas/basics/add_one/add.py:*",
            "solved 0/2 *",
        ]
    )
    assert workspace.status("add_one") == "timeout"


def test_an_infinite_loop_at_import_time_is_a_timeout(workspace: Workspace) -> None:
    with_timeout(workspace)
    learner_writes(workspace, "add_one", "while True:\n    pass\n")

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(
        [
            "* current: add_one: The add_one kata [[]timeout]",
            "    took too long (an infinite loop?)",
            "    test_examples.py: importing it ran longer than 0.5 s (katas_timeout)*",
            "solved 0/2 *",
        ]
    )
    assert workspace.status("add_one") == "timeout"


def test_a_loop_that_swallows_every_exception_still_ends_as_a_timeout(
    workspace: Workspace,
) -> None:
    with_timeout(workspace)
    learner_writes(
        workspace,
        "add_one",
        """\
        def add_one(x: int) -> int:
            while True:
                try:
                    ...
                except BaseException:
                    pass
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(
        ["* current: add_one: The add_one kata [[]timeout]", "solved 0/2 *"]
    )
    assert workspace.status("add_one") == "timeout"


def test_a_polling_loop_that_swallows_every_exception_still_ends_as_a_timeout(
    workspace: Workspace,
) -> None:
    with_timeout(workspace)
    learner_writes(
        workspace,
        "add_one",
        """\
        import time


        def add_one(x: int) -> int:
            while True:
                try:
                    time.sleep(1)  # wait for a result that never comes
                except BaseException:
                    pass
        """,
    )

    # Such a loop cannot be interrupted from inside: after a grace period the run stops,
    # having recorded the timeout and said why.
    result = run_guarded(workspace, deadline=30)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stderr.fnmatch_lines(
        ["*stopped the run: add_one ran longer than 0.5 s*swallows every exception*"]
    )
    assert workspace.status("add_one") == "timeout"


def test_unbounded_recursion_is_a_failing_example_and_the_run_completes(
    workspace: Workspace,
) -> None:
    learner_writes(workspace, "add_one", "def add_one(x: int) -> int:\n    return add_one(x) + 1\n")

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "* current: add_one: The add_one kata [[]unsolved]",
            "    an example fails",
            "    test_one_becomes_two: *RecursionError*",
            "solved 0/2 *",
        ]
    )
    assert workspace.status("add_one") == "unsolved"


BUGS = {
    "syntax error": ("def shout(text: str) -> str:\n    return text.upper(\n", "error"),
    "import error": ("import no_such_module_anywhere\n", "error"),
    "unbounded recursion": (
        "def shout(text: str) -> str:\n    return shout(text)\n",
        "unsolved",
    ),
    "exception": ("def shout(text: str) -> str:\n    raise ValueError(text)\n", "unsolved"),
    "sys.exit at import": pytest.param("import sys\n\nsys.exit(1)\n", "error"),
}


@pytest.mark.parametrize("xdist", [(), ("-n", "2")], ids=["alone", "under xdist"])
def test_an_interrupted_run_records_nothing_and_says_so_in_one_line(
    workspace: Workspace, xdist: tuple[str, ...]
) -> None:
    workspace.run("--katas", today=TODAY)  # add_one unsolved, shout pending
    before = progress_file(workspace).read_bytes()
    # The examples (1 and 41) pass; the first generated input the examples do not use is
    # Ctrl-C, in the middle of the properties. Without it, this file is merely fitted.
    learner_writes(
        workspace,
        "add_one",
        """\
        def add_one(x):
            if x not in (1, 41):
                raise KeyboardInterrupt
            return x + 1
        """,
    )

    result = run_guarded(workspace, *xdist)

    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert "interrupted: nothing recorded for this run" in result.outlines
    assert sum("nothing recorded" in line for line in result.outlines) == 1
    assert "solved: add_one" not in result.stdout.str()
    assert progress_file(workspace).read_bytes() == before  # not solved, no streak day


@pytest.mark.parametrize(("source", "status"), BUGS.values(), ids=BUGS.keys())
def test_a_bug_in_the_current_kata_leaves_a_solved_kata_solved(
    workspace: Workspace, source: object, status: str
) -> None:
    workspace.write("add_one", "reference")
    workspace.run("--katas", today=TODAY)
    assert workspace.status("add_one") == "solved"
    learner_writes(workspace, "shout", str(source))

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(
        [
            "Basics*1/2",
            f"* current: shout: The shout kata [[]{status}]",
            "solved 1/2 * streak 1 day (best 1 day)",
        ]
    )
    assert "regressed" not in result.stdout.str()
    assert workspace.status("add_one") == "solved"
    assert workspace.status("shout") == status


# -- the progress file is damaged -------------------------------------------------------


def progress_file(workspace: Workspace) -> Path:
    return workspace.root / ".katas" / "progress.json"


def set_aside(workspace: Workspace) -> list[Path]:
    return sorted(progress_file(workspace).parent.glob("progress.json.unreadable-*"))


DAMAGED = {
    "truncated JSON": (b'{"format": 1, "katas": [', "is corrupt or truncated"),
    "a newer format": (
        b'{"format": 99, "katas": {"add_one": {"status": "solved", "stars": 3}}}\n',
        "written by a newer version (format 99 > 1)",
    ),
    "a review level past the table": (
        b'{"format": 1, "katas": {"add_one": {"status": "solved", "review_level": 7}}}',
        "bad value for 'add_one'.review_level: 7",
    ),
    "a start that is not a time": (
        b'{"format": 1, "katas": {"add_one": {"status": "fitted", "started": "last tuesday"}}}',
        "bad value for 'add_one'.started: 'last tuesday'",
    ),
    "a 5000-digit integer": (
        b'{"format": 1, "katas": {"add_one": {"attempts": ' + b"7" * 5000 + b"}}}",
        "holds a number too long to be a count",
    ),
    "JSON nested 100,000 deep": (
        b'{"format": 1, "katas": {"add_one": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
        "is nested too deeply",
    ),
}


@pytest.mark.parametrize(("content", "problem"), DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_progress_file_is_kept_aside_byte_for_byte_with_one_warning(
    workspace: Workspace, content: bytes, problem: str
) -> None:
    state = progress_file(workspace)
    state.parent.mkdir()
    state.write_bytes(content)

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    [aside] = set_aside(workspace)
    assert aside.read_bytes() == content
    [warning] = warning_lines(result)
    assert str(state) in warning
    assert problem in warning
    assert aside.name in warning
    # The run went on and recorded this run afresh.
    result.stdout.fnmatch_lines(["* current: add_one: * [[]unsolved]", "solved 0/2 *"])
    assert workspace.status("add_one") == "unsolved"


@pytest.mark.parametrize(("content", "problem"), DAMAGED.values(), ids=DAMAGED.keys())
def test_the_status_of_a_damaged_progress_file_is_a_warning_never_a_traceback(
    workspace: Workspace, content: bytes, problem: str
) -> None:
    state = progress_file(workspace)
    state.parent.mkdir()
    state.write_bytes(content)

    result = workspace.run("--katas-status", today=TODAY)

    assert_no_internal_error(result)
    assert result.ret == 0
    [warning] = warning_lines(result)
    assert str(state) in warning
    assert problem in warning
    assert state.read_bytes() == content  # a read-only command leaves it in place
    assert set_aside(workspace) == []


def test_a_directory_in_the_place_of_the_progress_file_is_kept_aside(
    workspace: Workspace,
) -> None:
    state = progress_file(workspace)
    state.mkdir(parents=True)
    (state / "keep.txt").write_text("mine")

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    [warning] = warning_lines(result)
    assert str(state) in warning
    [aside] = set_aside(workspace)
    assert (aside / "keep.txt").read_text() == "mine"
    assert workspace.status("add_one") == "unsolved"


def read_only_state_dir(workspace: Workspace, request: pytest.FixtureRequest) -> Path:
    """Make ``.katas`` read-only; skip where file modes are not enforced (root)."""
    state_dir = progress_file(workspace).parent
    state_dir.mkdir(exist_ok=True)
    state_dir.chmod(0o500)
    request.addfinalizer(lambda: state_dir.chmod(0o700))
    probe = state_dir / "probe"
    try:
        probe.touch()
    except PermissionError:
        return state_dir
    probe.unlink()
    pytest.skip("file modes are not enforced for this user (root); the other cases cover it")


def katas_is_a_file(workspace: Workspace, request: pytest.FixtureRequest) -> Path:
    blocker = progress_file(workspace).parent
    blocker.write_text("not a directory\n")
    return blocker


def corrupt_in_read_only_dir(workspace: Workspace, request: pytest.FixtureRequest) -> Path:
    state = progress_file(workspace)
    state.parent.mkdir()
    state.write_text("{corrupt")
    read_only_state_dir(workspace, request)
    return state


UNMOVABLE = {
    ".katas is a file": katas_is_a_file,
    "corrupt file in a read-only directory": corrupt_in_read_only_dir,
}


@pytest.mark.parametrize("arrange", UNMOVABLE.values(), ids=UNMOVABLE.keys())
def test_a_progress_file_that_cannot_be_moved_aside_is_reported_not_a_crash(
    workspace: Workspace, request: pytest.FixtureRequest, arrange: object
) -> None:
    path = arrange(workspace, request)  # type: ignore[operator]
    before = path.read_bytes()

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    assert str(path) in result.stdout.str() + result.stderr.str()
    assert path.read_bytes() == before


def make_unsaveable(workspace: Workspace, how: str, request: pytest.FixtureRequest) -> None:
    if how == "read-only directory":
        read_only_state_dir(workspace, request)
    else:
        # A dangling link (a dotfile pointing at a drive that is gone): reading finds no
        # progress, and creating the directory fails, for root too.
        progress_file(workspace).parent.symlink_to(workspace.root / "gone" / "katas")


UNSAVEABLE = ["read-only directory", "dangling symlink"]


@pytest.mark.parametrize("how", UNSAVEABLE)
def test_progress_that_cannot_be_saved_is_a_warning_and_the_summary_still_shows(
    workspace: Workspace, how: str, request: pytest.FixtureRequest
) -> None:
    make_unsaveable(workspace, how, request)

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    [warning] = warning_lines(result)
    assert warning.startswith(f"warning: could not save progress to {progress_file(workspace)}")
    result.stdout.fnmatch_lines(["* current: add_one: * [[]unsolved]", "solved 0/2 *"])


@pytest.mark.parametrize("how", UNSAVEABLE)
def test_a_hint_whose_use_cannot_be_recorded_still_answers_without_a_traceback(
    workspace: Workspace, how: str, request: pytest.FixtureRequest
) -> None:
    make_unsaveable(workspace, how, request)

    result = workspace.run("--katas-hint", "add_one")

    assert_no_internal_error(result)
    assert str(progress_file(workspace)) in result.stdout.str() + result.stderr.str()


# -- bad configuration: one line, exit code 4 ------------------------------------------


def drop_hints(workspace: Workspace) -> Path:
    path = workspace.katas / "basics" / "shout" / "kata.toml"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("hints")))
    return path


def break_catalog_toml(workspace: Workspace) -> Path:
    path = workspace.katas / "catalog.toml"
    path.write_text('format = 1\n\n[[topics]\nid = "basics"\n')
    return path


def break_kata_toml(workspace: Workspace) -> Path:
    path = workspace.katas / "basics" / "add_one" / "kata.toml"
    path.write_text(path.read_text().replace('kind = "fix"', 'kind = "fix'))
    return path


def kata_toml_a_directory(workspace: Workspace) -> Path:
    path = workspace.katas / "basics" / "add_one" / "kata.toml"
    path.unlink()
    path.mkdir()
    return path


def kata_toml_outside(workspace: Workspace) -> Path:
    path = workspace.katas / "basics" / "add_one" / "kata.toml"
    (workspace.root / "outside.py").write_text("x = 1\n")
    path.write_text(
        path.read_text().replace('files = ["add.py"]', 'files = ["../../../outside.py"]')
    )
    return path


def unreadable(name: str) -> Any:
    """Reading ``name`` fails as for a mode-000 file; simulated, since root reads those."""

    def breaks(workspace: Workspace) -> Path:
        target = (
            workspace.katas / name
            if name == "catalog.toml"
            else workspace.katas / "basics" / "add_one" / name
        )
        real_open = Path.open

        def fake_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self == target:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        workspace.monkeypatch.setattr(Path, "open", fake_open)
        return target

    return breaks


BAD_CATALOGS = {
    "kata.toml without hints": (drop_hints, "missing field 'hints'"),
    "catalog.toml invalid TOML": (break_catalog_toml, "invalid TOML"),
    "kata.toml invalid TOML": (break_kata_toml, "invalid TOML"),
    "kata.toml a directory": (kata_toml_a_directory, "is a directory; it must be a TOML file"),
    "kata.toml unreadable": (unreadable("kata.toml"), "cannot be read (Permission denied)"),
    "catalog.toml unreadable": (unreadable("catalog.toml"), "cannot be read (Permission denied)"),
    "kata.toml lists a file outside": (kata_toml_outside, "which is outside the kata"),
}
COMMANDS = {
    "run": ("--katas",),
    "status": ("--katas-status",),
    "hint": ("--katas-hint", "add_one"),
}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
@pytest.mark.parametrize(("breaks", "problem"), BAD_CATALOGS.values(), ids=BAD_CATALOGS.keys())
def test_a_bad_catalog_is_one_error_line_naming_the_file(
    workspace: Workspace, breaks: object, problem: str, command: tuple[str, ...]
) -> None:
    path = breaks(workspace)  # type: ignore[operator]

    result = workspace.run(*command, today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_internal_error(result)
    [error] = error_lines(result)
    assert str(path) in error
    assert problem in error
    assert "test session starts" not in result.stdout.str()
    assert not progress_file(workspace).exists()


BAD_CHECKSUMS = {
    "a merge-conflict line": (
        lambda text: b"<<<<<<< HEAD\n" + text + b"=======\n>>>>>>> theirs\n",
        "line 1 is a merge-conflict marker",
    ),
    "non-UTF-8 bytes": (lambda text: text + b"\xff\xfe\n", "is not UTF-8 text"),
}


@pytest.mark.parametrize(("damage", "problem"), BAD_CHECKSUMS.values(), ids=BAD_CHECKSUMS.keys())
def test_a_damaged_checksums_file_is_one_error_line_naming_it_and_the_fix(
    workspace: Workspace, damage: Any, problem: str
) -> None:
    path = workspace.katas / "checksums.txt"
    path.write_bytes(damage(path.read_bytes()))

    result = workspace.run("--katas", today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_internal_error(result)
    [error] = error_lines(result)
    assert str(path) in error
    assert problem in error
    assert f"python -m pytest_senior_katas.checksums {workspace.katas}" in error
    assert not progress_file(workspace).exists()


@pytest.mark.parametrize("command", ["--katas", "--katas-status", "--katas-status=json"])
def test_a_malformed_katas_today_is_a_usage_error_naming_it(
    workspace: Workspace, command: str
) -> None:
    result = workspace.run(command, today="not-a-date")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_internal_error(result)
    [error] = error_lines(result)
    assert "KATAS_TODAY='not-a-date' is not an ISO date" in error
    assert result.stdout.str().strip() == ""


def test_a_katas_timeout_that_is_not_a_number_is_a_usage_error(workspace: Workspace) -> None:
    with_timeout(workspace, "abc")

    result = workspace.run("--katas", today=TODAY)

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_internal_error(result)
    [error] = error_lines(result)
    assert "katas_timeout = 'abc' is not a number of seconds" in error


@pytest.mark.parametrize("seconds", ["inf", "1e12"])
def test_a_katas_timeout_too_large_for_the_timer_is_not_a_crash(
    workspace: Workspace, seconds: str
) -> None:
    with_timeout(workspace, seconds)

    result = workspace.run("--katas", today=TODAY)

    assert_no_internal_error(result)
    if result.ret == pytest.ExitCode.USAGE_ERROR:
        [error] = error_lines(result)
        assert "katas_timeout" in error
    else:
        result.stdout.fnmatch_lines(["* current: add_one: * [[]unsolved]", "solved 0/2 *"])


def test_a_loop_that_ignores_the_alarm_signal_is_stopped_by_the_watchdog(
    workspace: Workspace,
) -> None:
    with_timeout(workspace)
    learner_writes(
        workspace,
        "add_one",
        """\
        import signal


        def add_one(x: int) -> int:
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            while True:
                pass
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    assert workspace.status("add_one") == "timeout"
    assert "could not be interrupted" in result.stdout.str() + result.stderr.str()


def test_os_exit_in_kata_code_fails_the_kata_and_the_run_goes_on(workspace: Workspace) -> None:
    learner_writes(
        workspace,
        "add_one",
        """\
        import os


        def add_one(x: int) -> int:
            os._exit(0)
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert workspace.status("add_one") == "unsolved"
    assert "called os._exit(0)" in result.stdout.str()
    result.stdout.fnmatch_lines(["solved 0/2 *"])


def test_a_thread_that_never_ends_does_not_keep_the_run_alive(workspace: Workspace) -> None:
    learner_writes(
        workspace,
        "add_one",
        """\
        import threading
        import time


        def _forever() -> None:
            while True:
                time.sleep(0.05)


        def add_one(x: int) -> int:
            threading.Thread(target=_forever, name="poller").start()
            return x + 1
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    result.stdout.fnmatch_lines(["solved *"])
    assert "kata code left a thread running (" in result.stderr.str()
    assert "poller)" in result.stderr.str()
    assert result.ret == pytest.ExitCode.OK  # the run's own exit code: add_one is solved
    assert workspace.status("add_one") == "solved"


def test_after_one_timeout_the_kata_s_other_tests_are_skipped(workspace: Workspace) -> None:
    with_timeout(workspace)
    learner_writes(
        workspace,
        "add_one",
        """\
        def add_one(x: int) -> int:
            while True:
                pass
        """,
    )

    result = run_guarded(workspace, "-rs")

    assert workspace.status("add_one") == "timeout"
    out = result.stdout.str()
    assert out.count("ran longer than 0.5 s") >= 1
    assert "an earlier test of this kata ran out of time" in out
    assert result.duration < 30


def test_a_forked_child_still_ends_with_os_exit(workspace: Workspace) -> None:
    pytest.importorskip("multiprocessing")
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("needs the fork start method")
    learner_writes(
        workspace,
        "add_one",
        """\
        import multiprocessing


        def _double(x: int) -> int:
            return 2 * x


        def add_one(x: int) -> int:
            child = multiprocessing.get_context("fork").Process(target=_double, args=(x,))
            child.start()
            child.join()
            assert child.exitcode == 0, child.exitcode
            return x + 1
        """,
    )

    result = run_guarded(workspace)

    assert_no_internal_error(result)
    assert workspace.status("add_one") == "solved"
    assert result.stdout.str().count("senior katas") == 1  # one session, not one per child
