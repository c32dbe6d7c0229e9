"""A learner's story, told through real pytest runs in a workspace."""

from __future__ import annotations

import json

import pytest

from conftest import Workspace


def test_a_learner_fails_fits_solves_and_keeps_a_streak(workspace: Workspace) -> None:
    # Day 1: the first run shows the current kata failing, and nothing of the next one.
    result = workspace.run("--katas", today="2026-11-26")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "*senior katas*",
            "Basics*0/2",
            "* current: add_one: The add_one kata [[]unsolved]",
            "*test_one_becomes_two: assert 1 == 2*",
            "*Make add_one work.",
            "*open katas/basics/add_one/add.py:5",
            "*stuck? pytest --katas-hint add_one",
            "solved 0/2 * streak 0 days (best 0 days)",
        ]
    )
    assert "shout" not in result.stdout.str()
    assert workspace.status("add_one") == "unsolved"
    assert "shout" not in workspace.progress()["katas"]  # type: ignore[operator]

    # A fix fitted to the examples is not a solution: the smallest counterexample shows why.
    workspace.write("add_one", "fitted")
    result = workspace.run("--katas", today="2026-11-26")
    result.stdout.fnmatch_lines(
        [
            "* current: add_one: * [[]fitted]",
            "*the examples pass, a property does not*",
            "*smallest failing input:",
            "*x = 0",
            "*expected: 1",
            "*actual:   42",
        ]
    )
    assert workspace.status("add_one") == "fitted"

    # The real fix solves it: celebration, interviewer note, streak, next kata.
    workspace.write("add_one", "reference")
    result = workspace.run("--katas", today="2026-11-26")
    assert result.ret == pytest.ExitCode.OK  # the next kata runs from the next run on
    result.stdout.fnmatch_lines(
        [
            "* solved: add_one: The add_one kata (3 runs, *, no hints)",
            "*What interviewers look for:",
            "*Interviewers listen for add_one.",
            "* current: shout: *",
            "solved 1/2 * streak 1 day (best 1 day)",
        ]
    )
    progress = workspace.progress()
    assert progress["solve_days"] == ["2026-11-26"]
    assert progress["katas"]["add_one"]["first_solved"] == "2026-11-26"  # type: ignore[index]

    # Day 2: solving the next kata extends the streak; the solved kata is re-checked.
    workspace.write("shout", "reference")
    result = workspace.run("--katas", today="2026-11-27")
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(passed=2)  # add_one is unchanged since it passed: not re-run
    result.stdout.fnmatch_lines(
        [
            "* solved: shout: *",
            "* every kata is solved. Well done.",
            "solved 2/2 * streak 2 days (best 2 days)",
        ]
    )

    # Day 3: an edit breaks a solved kata: the regression is called out and the streak
    # (a solve yesterday) is still alive.
    workspace.write("add_one", "start")
    result = workspace.run("--katas", today="2026-11-28")
    result.stdout.fnmatch_lines(
        [
            "* regressed: add_one was solved; now an example fails",
            "* current: add_one: *",
            "solved 1/2 * streak 2 days (best 2 days)",
        ]
    )

    # Day 5: a day without a solve ends the streak; the best is remembered.
    result = workspace.run("--katas-status=json", today="2026-11-30")
    data = json.loads(result.stdout.str())
    assert data["streak"] == {"current": 0, "best": 2}
    assert [(k["id"], k["status"]) for k in data["katas"]] == [
        ("add_one", "unsolved"),
        ("shout", "solved"),
    ]


def test_plain_pytest_does_not_collect_the_catalog(workspace: Workspace) -> None:
    workspace.pytester.makepyfile(test_project="def test_project():\n    assert True\n")
    result = workspace.run()
    result.assert_outcomes(passed=1)
    assert "katas/" not in result.stdout.str()
    assert not (workspace.root / ".katas").exists()


PROJECT_TEST_OF_REFERENCE = "def test_project(reference):\n    assert reference == 'ours'\n"


@pytest.mark.parametrize("args", [(), ("--katas", "katas", "test_project.py")])
def test_a_project_test_asking_for_reference_is_told_it_has_no_such_fixture(
    workspace: Workspace, args: tuple[str, ...]
) -> None:
    workspace.pytester.makepyfile(test_project=PROJECT_TEST_OF_REFERENCE)

    result = workspace.run(*args)

    # pytest's own error, as in a project without the plugin: nothing of katas or catalogs.
    result.stdout.fnmatch_lines(["*fixture 'reference' not found*"])
    assert "catalog" not in result.stdout.str()
    assert result.stdout.str().count("test_project.py::test_project") == 1


@pytest.mark.parametrize("args", [(), ("--katas", "katas", "test_project.py")])
def test_a_projects_own_reference_fixture_is_the_one_its_tests_get(
    workspace: Workspace, args: tuple[str, ...]
) -> None:
    workspace.pytester.makeconftest(
        "import pytest\n\n\n@pytest.fixture\ndef reference():\n    return 'ours'\n"
    )
    workspace.pytester.makepyfile(test_project=PROJECT_TEST_OF_REFERENCE)
    workspace.write("add_one", "reference")

    result = workspace.run(*args, "-rA")

    result.stdout.fnmatch_lines(["PASSED test_project.py::test_project"])
    if args:  # ...while the kata's properties still get the kata's reference
        result.stdout.fnmatch_lines(["PASSED katas/basics/add_one/test_properties.py::*"])


def test_plain_pytest_fixtures_does_not_list_the_reference(workspace: Workspace) -> None:
    result = workspace.run("--fixtures")

    assert result.ret == pytest.ExitCode.OK
    result.stdout.no_fnmatch_line("reference*")


def test_unchanged_solved_katas_are_not_rerun_and_pending_ones_are_not_run(
    workspace: Workspace,
) -> None:
    workspace.write("add_one", "reference")
    workspace.run("--katas", today="2026-11-26")

    result = workspace.run("--katas", "-v", today="2026-11-26")

    # Only the current kata runs: its failing example, then its property, skipped
    # until the examples pass. add_one is byte for byte what passed: its verdict stands.
    result.assert_outcomes(failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        ["* 1 solved kata is unchanged since it passed: not re-run (--katas-all re-checks them)"]
    )
    assert workspace.status("add_one") == "solved"


def test_an_edited_solved_kata_is_rechecked_before_the_current_one(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    workspace.run("--katas", today="2026-11-26")
    learner = workspace.kata_file("add_one")
    learner.write_text(learner.read_text() + "# tidied up\n")

    result = workspace.run("--katas", "-v", today="2026-11-26")

    result.assert_outcomes(passed=3, failed=1, skipped=1)
    lines = [line for line in result.outlines if "::" in line and line.endswith("%]")]
    assert [line.split("::")[0].split("/")[-2] for line in lines] == ["add_one"] * 3 + ["shout"] * 2
    assert workspace.status("add_one") == "solved"


def test_katas_all_rechecks_unchanged_solved_katas(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    workspace.run("--katas", today="2026-11-26")

    result = workspace.run("--katas", "--katas-all", today="2026-11-26")

    result.assert_outcomes(passed=3, failed=1, skipped=1)


def test_paths_and_keywords_select_any_kata(workspace: Workspace) -> None:
    result = workspace.run("--katas", "katas/basics/shout")
    result.assert_outcomes(failed=1, skipped=1)
    assert workspace.status("shout") == "unsolved"
    assert "add_one" not in workspace.progress()["katas"]  # type: ignore[operator]

    workspace.write("shout", "reference")
    result = workspace.run("--katas", "-k", "shout")
    result.assert_outcomes(passed=2)
    assert workspace.status("shout") == "solved"


def test_katas_all_runs_every_kata(workspace: Workspace) -> None:
    result = workspace.run("--katas", "--katas-all")
    result.assert_outcomes(failed=3, skipped=2)
    assert workspace.status("add_one") == workspace.status("shout") == "unsolved"


def test_properties_wait_until_the_examples_pass(workspace: Workspace) -> None:
    result = workspace.run("--katas", "-rs")
    result.assert_outcomes(failed=2, skipped=1)
    # Reported at the kata's own test, never at the plugin's line that skipped it.
    result.stdout.fnmatch_lines(
        [
            "SKIPPED [[]1[]] katas/basics/add_one/test_properties.py:*: an example of this kata "
            "fails: fix the examples first"
        ]
    )
    assert "pytest_senior_katas" not in result.stdout.str()
    workspace.write("add_one", "fitted")
    result = workspace.run("--katas")
    result.assert_outcomes(passed=2, failed=1)


@pytest.mark.parametrize("mode", ["prepend", "append", "importlib"])
def test_katas_import_under_every_import_mode(workspace: Workspace, mode: str) -> None:
    workspace.write("add_one", "reference")
    result = workspace.run("--katas", f"--import-mode={mode}", "katas/basics/add_one")
    result.assert_outcomes(passed=3)
    assert workspace.status("add_one") == "solved"


def test_quiet_output_keeps_the_essentials(workspace: Workspace) -> None:
    result = workspace.run("--katas", "-q")
    out = result.stdout.str()
    assert "current: add_one" in out
    assert "solved 0/2" in out
    assert "Basics" not in out  # no progress bars under -q


def test_collect_only_prints_no_summary_and_records_nothing(workspace: Workspace) -> None:
    result = workspace.run("--katas", "--collect-only")
    assert "senior katas" not in result.stdout.str()
    assert not (workspace.root / ".katas" / "progress.json").exists()


def test_ascii_terminal_gets_ascii_symbols(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONIOENCODING", "ascii")
    result = workspace.pytester.runpytest_subprocess("--katas", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert "> current: add_one" in out
    assert "#" in out or "-" * 20 in out
    assert "▶" not in out
    assert "█" not in out


def test_tampered_tests_never_count_as_solved(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    tests = workspace.katas / "basics" / "add_one" / "test_examples.py"
    tests.write_text("def test_nothing():\n    pass\n")
    result = workspace.run("--katas")
    result.stdout.fnmatch_lines(
        [
            "*tampered: add_one: test_examples.py differ from the catalog*never counts as solved*",
            "*restore: *test_examples.py*",
        ]
    )
    assert workspace.status("add_one") == "tampered"
    assert "solve_days" not in workspace.progress() or not workspace.progress()["solve_days"]


def test_katas_all_leaves_the_katas_never_started_as_they_were(
    workspace: Workspace, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    # The workspace is a copy of an installed catalog, which knows the starting files.
    bundled = tmp_path_factory.mktemp("installed") / "katas"
    shutil.copytree(workspace.katas, bundled)
    monkeypatch.setattr("pytest_senior_katas.core.catalog.bundled_root", lambda: bundled)

    result = workspace.run("--katas", "--katas-all", today="2026-11-26")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    katas = workspace.progress()["katas"]
    # The current kata was looked at: its clock runs, though no edit counted as a run yet.
    assert katas["add_one"]["status"] == "unsolved"  # type: ignore[index]
    assert katas["add_one"]["runs"] == 0  # type: ignore[index]
    assert katas["add_one"]["started"]  # type: ignore[index]
    # The next one was only re-checked, at its starting files: still not started.
    assert katas.get("shout", {"status": "pending"})["status"] == "pending"  # type: ignore[union-attr]
    assert workspace.run("--katas-status=json").stdout.str().count('"pending"') == 1

    workspace.write("add_one", "fitted")
    workspace.run("--katas", "--katas-all", today="2026-11-26")
    workspace.run("--katas", "--katas-all", today="2026-11-26")  # nothing changed
    assert workspace.progress()["katas"]["add_one"]["runs"] == 1  # type: ignore[index]


def test_a_fitted_katas_traceback_shows_the_kata_not_the_plugin(workspace: Workspace) -> None:
    workspace.write("add_one", "fitted")
    result = workspace.run("--katas")
    out = result.stdout.str()
    result.stdout.fnmatch_lines(["katas/basics/add_one/test_properties.py:*"])
    assert "hypothesis/core.py" not in out
    assert "pytest_senior_katas/" not in out  # no frame of the plugin, no path to a solution
    assert "traced" not in out
    full = workspace.run("--katas", "--fulltrace").stdout.str()
    assert "hypothesis/core.py" in full  # every frame, for whoever asks
