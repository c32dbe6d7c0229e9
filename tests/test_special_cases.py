"""Special-cased solutions: code that only the examples run is caught (coverage.py)."""

from __future__ import annotations

import textwrap

import pytest

from conftest import Workspace
from pytest_senior_katas.core.special_cases import classify, example_literals

SPECIAL_CASED = """\
def add_one(x: int) -> int:
    if x == 41:
        return 42
    return x + 1
"""


def test_a_special_case_in_front_of_a_correct_algorithm_is_caught_with_its_line(
    workspace: Workspace,
) -> None:
    workspace.kata_file("add_one").write_text(SPECIAL_CASED)

    result = workspace.run("--katas")

    assert result.ret == pytest.ExitCode.TESTS_FAILED  # every test passed, yet not solved
    result.stdout.fnmatch_lines(
        [
            "* current: add_one: * [[]fitted]",
            "*every test passes, but some code runs only for the example inputs",
            "*special-casing check: katas/basics/add_one/add.py:3 only runs for the example "
            "inputs: is it special-casing them? (it runs when a value equals 41, an input of "
            "the examples)",
        ]
    )
    assert workspace.status("add_one") == "fitted"
    # pytest's last line agrees with the verdict: not "4 passed" alone.
    assert result.outlines[-1].startswith("=")
    assert "passed, 1 fitted in" in result.outlines[-1]


def test_the_reference_raises_no_finding(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    result = workspace.run("--katas")
    assert "special-casing" not in result.stdout.str()
    assert workspace.status("add_one") == "solved"
    assert "fitted" not in result.outlines[-1]


def test_a_kata_can_opt_out_in_its_metadata(workspace: Workspace) -> None:
    toml = workspace.katas / "basics" / "add_one" / "kata.toml"
    toml.write_text(toml.read_text().replace("[checks]\n", "[checks]\nspecial_cases = false\n"))
    workspace.refresh_checksums()
    workspace.kata_file("add_one").write_text(SPECIAL_CASED)

    workspace.run("--katas")

    assert workspace.status("add_one") == "solved"


def test_an_ini_switch_turns_the_check_off(workspace: Workspace) -> None:
    workspace.kata_file("add_one").write_text(SPECIAL_CASED)
    workspace.run("--katas", "-o", "katas_special_cases=false")
    assert workspace.status("add_one") == "solved"


def test_under_pytest_cov_the_check_steps_aside_and_the_coverage_report_is_unchanged(
    workspace: Workspace,
) -> None:
    pytest.importorskip("pytest_cov")
    workspace.write("add_one", "reference")
    # The same kata, run in full both times.
    args = ("--katas", "katas/basics/add_one", "--cov=katas/basics/add_one", "--cov-report=term")

    with_check = workspace.pytester.runpytest_subprocess(*args)
    without_check = workspace.pytester.runpytest_subprocess(
        *args, "-o", "katas_special_cases=false"
    )

    skipped = [line for line in with_check.outlines if "special-casing check skipped" in line]
    assert len(skipped) == 1
    assert "another tracer is active" in skipped[0]

    def report(result: pytest.RunResult) -> list[str]:
        return [
            line
            for line in result.outlines
            if line.startswith("katas/basics/add_one/") and not line.endswith("%]")
        ]

    assert report(with_check)
    assert report(with_check) == report(without_check)


def test_under_another_tracer_a_special_cased_solution_is_unconfirmed_not_solved(
    workspace: Workspace,
) -> None:
    pytest.importorskip("pytest_cov")
    workspace.kata_file("add_one").write_text(SPECIAL_CASED)

    result = workspace.pytester.runpytest_subprocess(
        "--katas", "katas/basics/add_one", "--cov=katas/basics/add_one", "-p", "no:randomly"
    )

    assert workspace.status("add_one") == "unconfirmed"
    assert workspace.progress()["solve_days"] == []  # no streak day until it is confirmed
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*add_one*unconfirmed?",
            "*the special-casing check could not run: another tracer is active*",
        ]
    )

    # The next run without the tracer judges it, and the special case shows.
    workspace.run("--katas", "katas/basics/add_one")
    assert workspace.status("add_one") == "fitted"


def test_a_learners_coveragerc_neither_steers_nor_receives_the_measurement(
    workspace: Workspace,
) -> None:
    (workspace.root / ".coveragerc").write_text("[run]\nbranch = True\nomit = katas/*\n")
    workspace.kata_file("add_one").write_text(SPECIAL_CASED)

    workspace.run("--katas")

    assert workspace.status("add_one") == "fitted"  # omit= did not hide the learner's file
    assert not (workspace.root / ".coverage").exists()


# -- the ranking, as plain function calls ----------------------------------------------

EXAMPLES = textwrap.dedent(
    """\
    def test_sorts():
        assert sort_three([3, 1, 2]) == [1, 2, 3]
    """
)


def test_a_comparison_with_an_example_input_is_high_confidence() -> None:
    source = textwrap.dedent(
        """\
        def sort_three(xs):
            if xs == [3, 1, 2]:
                return [1, 2, 3]
            return sorted(xs)
        """
    )
    [finding] = classify("s.py", source, {2, 3, 4}, {2, 4}, example_literals([EXAMPLES]))
    assert finding.line == 3
    assert finding.confident
    assert "equals [3, 1, 2]" in finding.why


def test_returning_an_expected_output_is_high_confidence() -> None:
    source = textwrap.dedent(
        """\
        def sort_three(xs):
            if len(xs) > 1000:
                return [1, 2, 3]
            return sorted(xs)
        """
    )
    [finding] = classify("s.py", source, {2, 3}, {2, 4}, example_literals([EXAMPLES]))
    assert finding.confident
    assert "returns [1, 2, 3]" in finding.why


def test_a_legitimate_rare_branch_is_only_a_warning() -> None:
    source = textwrap.dedent(
        """\
        def sort_three(xs):
            if len(xs) > 10_000:
                return merge_sort(xs)
            return sorted(xs)
        """
    )
    [finding] = classify("s.py", source, {2, 3}, {2, 4}, example_literals([EXAMPLES]))
    assert not finding.confident
    assert finding.message().startswith("s.py:3 only runs for the example inputs")


def test_trivial_literals_do_not_count_as_example_inputs() -> None:
    literals = example_literals(
        ["assert f(0) == 1\nassert g('') is None\nassert h(7) == 'seven'\n"]
    )
    assert literals == {"int:7", "str:'seven'"}
