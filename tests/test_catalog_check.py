"""--katas-check: every kata of the shipped catalog is sound, and unsound katas are caught."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO, Workspace
from pytest_senior_katas.core.catalog import load_catalog


def test_every_kata_in_the_catalog_is_sound() -> None:
    katas = load_catalog(REPO / "katas").katas
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--katas-check",
            "-n",
            "2",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore::DeprecationWarning",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    for kata in katas:
        assert f"ok   {kata.id}: fails at start, reference solves it" in result.stdout
    assert f"{len(katas)}/{len(katas)} katas sound" in result.stdout


def test_a_sound_kata_passes_the_check(workspace: Workspace) -> None:
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["ok   add_one: fails at start, reference solves it, 1/1 cheat rejected", "1/1 katas sound"]
    )


def test_a_cheat_the_properties_accept_is_reported(workspace: Workspace) -> None:
    cheat = workspace.katas / "basics" / "shout" / "_solutions" / "cheats" / "fitted" / "shout.py"
    cheat.write_text("def shout(text):\n    return text.upper() + '!'\n")  # not a cheat at all

    result = workspace.run("--katas-check")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "ok   add_one: *",
            "FAIL shout: cheat fitted: expected status 'fitted', got 'solved'*",
            "1/2 katas sound",
        ]
    )


def test_starting_files_that_already_pass_are_reported(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["FAIL add_one: start: expected status 'unsolved', got 'solved'*"])


def test_stale_checksums_are_reported_with_the_command_that_fixes_them(
    workspace: Workspace,
) -> None:
    tests = workspace.katas / "basics" / "add_one" / "test_examples.py"
    tests.write_text(tests.read_text() + "\n# an author's edit\n")
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["FAIL add_one: checksums.txt is stale*python -m pytest_senior_katas.checksums*"]
    )


def test_a_kata_without_a_cheat_is_not_sound(workspace: Workspace) -> None:
    import shutil

    shutil.rmtree(workspace.katas / "basics" / "add_one" / "_solutions" / "cheats")
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.stdout.fnmatch_lines(["FAIL add_one: no cheat*"])


def test_the_shipped_checksums_are_up_to_date() -> None:
    from pytest_senior_katas.checksums import main

    assert main(["--check", str(REPO / "katas")]) == 0, (
        "run: python -m pytest_senior_katas.checksums katas"
    )


def test_a_reference_branch_no_property_reaches_is_reported(workspace: Workspace) -> None:
    reference = workspace.katas / "basics" / "add_one" / "_solutions" / "reference" / "add.py"
    reference.write_text(
        "def add_one(x: int) -> int:\n"
        "    if x > 10**30:  # no generated integer is this large\n"
        "        return x + 1\n"
        "    return x + 1\n"
    )
    # The examples reach the rare branch; the properties (small integers) never do.
    tests = workspace.katas / "basics" / "add_one" / "test_examples.py"
    tests.write_text(
        tests.read_text() + "\n\ndef test_huge():\n    assert add_one(10**31) == 10**31 + 1\n"
    )
    workspace.refresh_checksums()

    result = workspace.run("--katas-check", "katas/basics/add_one")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["FAIL add_one: reference: no property reaches *add.py:3*"])


def test_a_merge_conflict_in_the_checksums_is_one_problem_line_not_a_traceback(
    workspace: Workspace,
) -> None:
    path = workspace.katas / "checksums.txt"
    path.write_text("<<<<<<< HEAD\n" + path.read_text())

    result = workspace.run("--katas-check", "katas/basics/add_one")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [f"FAIL add_one: {path}: line 1 is a merge-conflict marker; *", "0/1 katas sound"]
    )
    assert "Traceback" not in result.stdout.str()
