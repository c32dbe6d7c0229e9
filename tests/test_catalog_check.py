"""--katas-check: every kata of the shipped catalog is sound, and unsound katas are caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
        if kata.suite is not None:
            assert f"ok   {kata.id}: fails at start, the reference suite passes" in result.stdout
        else:
            assert f"ok   {kata.id}: fails at start, reference solves it" in result.stdout
    assert f"{len(katas)}/{len(katas)} katas sound" in result.stdout


def test_a_sound_kata_passes_the_check(workspace: Workspace) -> None:
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "ok   add_one: fails at start, reference solves it, 5/5 cheats rejected (3 blind), "
            "mutation score 100% (*/*) in * s",
            "1/1 katas sound",
        ]
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
    result.stdout.fnmatch_lines(
        ["FAIL add_one: 0 cheats: ship at least 5*at least 3 of them blind"]
    )


def test_a_kata_with_fewer_than_five_cheats_is_not_sound(workspace: Workspace) -> None:
    import shutil

    shutil.rmtree(workspace.katas / "basics" / "add_one" / "_solutions" / "cheats" / "small_only")
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.stdout.fnmatch_lines(["FAIL add_one: 4 cheats: ship at least 5*"])


def set_checks(workspace: Workspace, kata_id: str, checks: str) -> None:
    toml = workspace.katas / "basics" / kata_id / "kata.toml"
    text = toml.read_text()
    toml.write_text(text[: text.index("[checks]")] + "[checks]\n" + checks)
    workspace.refresh_checksums()


def test_a_kata_with_fewer_than_three_blind_cheats_is_not_sound(workspace: Workspace) -> None:
    set_checks(workspace, "add_one", 'blind_cheats = ["absolute", "one_byte"]\n')
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.stdout.fnmatch_lines(["FAIL add_one: 2 blind cheats: at least 3 must be written by*"])


def test_a_blind_cheat_that_is_not_shipped_is_reported(workspace: Workspace) -> None:
    set_checks(workspace, "add_one", 'blind_cheats = ["absolute", "one_byte", "nosuch"]\n')
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.stdout.fnmatch_lines(["FAIL add_one: kata.toml lists blind cheat 'nosuch'*"])


def weaken_properties(workspace: Workspace) -> None:
    """Properties that only look at positive inputs: `x + 1` and `abs(x) + 1` agree there."""
    tests = workspace.katas / "basics" / "add_one" / "test_properties.py"
    tests.write_text(tests.read_text().replace("st.integers()", "st.integers(0, 10)"))
    cheats = workspace.katas / "basics" / "add_one" / "_solutions" / "cheats"
    # Cheats these properties still reject, so that only the mutants tell.
    for name, code in {
        "absolute": "    return x + 1 if x != 7 else 0\n",
        "positive_only": "    return x + 1 if x != 8 else 0\n",
        "one_byte": "    return x + 1 if x != 9 else 0\n",
        "small_only": "    return x + 1 if x != 10 else 0\n",
    }.items():
        (cheats / name / "add.py").write_text("def add_one(x: int) -> int:\n" + code)
    reference = workspace.katas / "basics" / "add_one" / "_solutions" / "reference" / "add.py"
    reference.write_text(
        "def add_one(x: int) -> int:\n    if x < 0:\n        return x + 1\n    return x + 1\n"
    )
    workspace.refresh_checksums()


def test_mutants_the_properties_accept_fail_the_kata_and_are_listed(workspace: Workspace) -> None:
    weaken_properties(workspace)

    result = workspace.run("--katas-check", "katas/basics/add_one")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "FAIL add_one: mutation score *, below 90%: strengthen the properties*",
            "*add.py:2: x < 0 -> x <= 0*",
        ]
    )


def test_a_mutant_declared_equivalent_is_not_counted(workspace: Workspace) -> None:
    reference = workspace.katas / "basics" / "add_one" / "_solutions" / "reference" / "add.py"
    # `x > 0` or `x >= 0`: both branches compute the same thing, so no input tells.
    reference.write_text(
        "def add_one(x: int) -> int:\n    if x > 0:\n        return x + 1\n    return 1 + x\n"
    )
    set_checks(
        workspace,
        "add_one",
        'blind_cheats = ["absolute", "one_byte", "positive_only"]\n'
        "equivalent_mutants = [\n"
        '  { mutant = "add.py:2: x > 0 -> x >= 0", reason = "both branches add one" },\n'
        '  { mutant = "add.py:2: 0 -> 1", reason = "both branches add one" },\n'
        "]\n",
    )

    result = workspace.run("--katas-check", "katas/basics/add_one")

    result.stdout.fnmatch_lines(["ok   add_one: *mutation score 100% (*/*, 2 equivalent) in * s"])


def test_a_stale_equivalent_mutant_declaration_is_reported(workspace: Workspace) -> None:
    set_checks(
        workspace,
        "add_one",
        'blind_cheats = ["absolute", "one_byte", "positive_only"]\n'
        'equivalent_mutants = [{ mutant = "add.py:2: x + 1 -> x - 1", reason = "it is not" }]\n',
    )
    result = workspace.run("--katas-check", "katas/basics/add_one")
    result.stdout.fnmatch_lines(
        ["FAIL add_one: kata.toml declares 'add.py:2: x + 1 -> x - 1' equivalent, but the tests*"]
    )


def test_a_verdict_that_depends_on_the_hash_seed_is_reported(workspace: Workspace) -> None:
    cheat = workspace.katas / "basics" / "shout" / "_solutions" / "cheats" / "fitted" / "shout.py"
    # Under PYTHONHASHSEED=0 this set starts with "c", under 1 with "a": the cheat is
    # wrong under the first seed the check uses and right under the second.
    cheat.write_text(
        "def shout(text: str) -> str:\n"
        "    if next(iter({'a', 'b', 'c'})) == 'a':\n"
        "        return text.upper() + '!'\n"
        "    return 'HI!'\n"
    )

    result = workspace.run("--katas-check", "katas/basics/shout")

    result.stdout.fnmatch_lines(
        ["FAIL shout: cheat fitted: the verdict flips: 'fitted', then 'solved' under another*"]
    )


def test_the_shipped_checksums_are_up_to_date() -> None:
    from pytest_senior_katas.checksums import main

    assert main(["--check", str(REPO / "katas")]) == 0, (
        "run: python -m pytest_senior_katas.checksums katas"
    )


def test_a_reference_branch_no_property_reaches_is_reported(workspace: Workspace) -> None:
    reference = workspace.katas / "basics" / "add_one" / "_solutions" / "reference" / "add.py"
    reference.write_text(
        "def add_one(x: int) -> int:\n"
        "    if x > 10**100:  # no generated integer is this large\n"
        "        return x + 1\n"
        "    return x + 1\n"
    )
    # The examples reach the rare branch; the properties (small integers) never do.
    tests = workspace.katas / "basics" / "add_one" / "test_examples.py"
    tests.write_text(
        tests.read_text() + "\n\ndef test_huge():\n    assert add_one(10**101) == 10**101 + 1\n"
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


# -- write-tests katas ------------------------------------------------------------


def add_weak_suites(kata: Path) -> None:
    from test_write_tests import DOCSTRING_ONLY, GOOD

    weak = {
        "docstring_only": DOCSTRING_ONLY,
        "no_error_path": GOOD.split("def test_an_empty_range_raises")[0],
        "no_upper_end": GOOD.replace("clamp(30, 0, 10) == 10", "clamp(10, 0, 10) == 10").replace(
            "clamp(7, 4, 4) == 4", "clamp(3, 4, 4) == 4"
        ),
        "private_helper": GOOD + "\n\ndef test_helper():\n"
        "    from . import clamp as m\n\n    assert m._bounded(1, 0, 2) == 1\n",
        "asserts_nothing": "from .clamp import clamp\n\n\ndef test_runs():\n    clamp(1, 0, 2)\n",
    }
    for name, text in weak.items():
        (kata / "_solutions" / "cheats" / name).mkdir(parents=True)
        (kata / "_solutions" / "cheats" / name / "test_clamp.py").write_text(text)
    toml = kata / "kata.toml"
    toml.write_text(
        toml.read_text()
        + '\n[checks]\nblind_cheats = ["docstring_only", "no_error_path", "private_helper"]\n'
        + "equivalent_mutants = [\n"
        + "".join(
            f'  {{ mutant = "{m}", reason = "min and max of two ints do not depend on order" }},\n'
            for m in (
                "clamp.py:14: max(lo, min(x, hi)) -> max(min(x, hi), lo)",
                "clamp.py:14: min(x, hi) -> min(hi, x)",
            )
        )
        + "]\n"
    )


def test_a_sound_write_tests_kata_passes_the_check(workspace: Workspace) -> None:
    from test_write_tests import add_write_tests_kata

    kata = add_write_tests_kata(workspace)
    add_weak_suites(kata)
    workspace.refresh_checksums()
    result = workspace.run("--katas-check", "katas/basics/clamp_tests")
    result.stdout.fnmatch_lines(
        [
            "ok   clamp_tests: fails at start, the reference suite passes 3 correct "
            "implementations and catches 4 planted bugs, 5/5 weak suites rejected (3 blind), "
            "mutation score *",
        ]
    )
    assert result.ret == 0


def test_a_weak_suite_that_solves_and_too_few_bugs_are_reported(workspace: Workspace) -> None:
    from test_write_tests import GOOD, add_write_tests_kata

    kata = add_write_tests_kata(workspace)
    add_weak_suites(kata)
    (kata / "_solutions" / "cheats" / "no_upper_end" / "test_clamp.py").write_text(GOOD)
    workspace.refresh_checksums()
    result = workspace.run("--katas-check", "katas/basics/clamp_tests")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert "cheat no_upper_end: expected status 'unsolved', got 'solved'" in result.stdout.str()

    import shutil

    (kata / "_solutions" / "bugs" / "low_only" / "clamp.py").write_text("def clamp(x, lo, hi):\n")
    shutil.rmtree(kata / "_solutions" / "correct" / "branches")
    toml = kata / "kata.toml"
    toml.write_text(toml.read_text().replace('name = "high_only"', 'name = "not_there"'))
    workspace.refresh_checksums()
    out = workspace.run("--katas-check", "katas/basics/clamp_tests").stdout.str()
    assert "2 correct implementations: add at least 2 that differ inside" in out
    assert "planted bug 'not_there' lacks _solutions/bugs/not_there/clamp.py" in out
    assert "_solutions/bugs/high_only is not listed in [[suite.bugs]]" in out
    assert "_solutions/bugs/low_only/clamp.py does not compile" in out


def test_a_listed_test_file_that_is_missing_is_reported(workspace: Workspace) -> None:
    (workspace.katas / "basics" / "add_one" / "test_properties.py").unlink()
    workspace.refresh_checksums()
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    assert "kata.toml lists 'test_properties.py', which does not exist" in result.stdout.str()


def add_alternative(workspace: Workspace, name: str, code: str) -> None:
    directory = workspace.katas / "basics" / "add_one" / "_solutions" / "alternatives" / name
    directory.mkdir(parents=True)
    (directory / "add.py").write_text(code)


def test_a_correct_solution_in_another_style_is_proved_solved(workspace: Workspace) -> None:
    add_alternative(
        workspace,
        "operator_add",
        "import operator\n\n\ndef add_one(x):\n    return operator.add(x, 1)\n",
    )
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["ok   add_one: *, 1 alternative solution solved, *"])


def test_an_alternative_the_properties_reject_is_reported(workspace: Workspace) -> None:
    # A correct-looking solution the kata refuses: the kata, not the learner, is wrong.
    add_alternative(workspace, "off_by_one", "def add_one(x):\n    return x + 2\n")
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["FAIL add_one: alternative off_by_one: expected status 'solved', got 'unsolved'*"]
    )
