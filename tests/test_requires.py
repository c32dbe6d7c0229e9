"""A kata that requires a library which is not installed: status `needs`, never run."""

from __future__ import annotations

import json

import pytest

from conftest import Workspace, assert_no_traceback
from pytest_senior_katas import requirements
from pytest_senior_katas.core.catalog import CatalogError, load_catalog

MISSING = "no-such-library-for-katas>=1.0"


def require(workspace: Workspace, kata_id: str, *requirements: str) -> None:
    toml = workspace.katas / "basics" / kata_id / "kata.toml"
    listed = ", ".join(f'"{r}"' for r in requirements)
    toml.write_text(
        toml.read_text().replace('kind = "fix"', f'kind = "fix"\nrequires = [{listed}]')
    )
    workspace.refresh_checksums()


def test_a_kata_whose_library_is_missing_is_skipped_and_the_next_one_is_current(
    workspace: Workspace,
) -> None:
    require(workspace, "add_one", MISSING)
    result = workspace.run("--katas", today="2026-12-01")
    out = result.stdout.str()
    assert "add_one" not in out.split("needs:")[0].split("senior katas")[-1]
    result.stdout.fnmatch_lines(
        [
            "needs: 1 kata needs a library not installed here (add_one), skipped: "
            f"pip install '{MISSING}'",
            "* current: shout: *",
        ]
    )
    assert "add_one" not in workspace.progress()["katas"]
    assert_no_traceback(result)


def test_a_missing_library_never_breaks_the_streak(workspace: Workspace) -> None:
    workspace.write("add_one", "reference")
    assert workspace.run("--katas", today="2026-12-01").ret == pytest.ExitCode.OK
    require(workspace, "shout", MISSING)
    result = workspace.run("--katas", today="2026-12-02")
    # Every kata that can run is solved: nothing fails, and yesterday's streak stands.
    assert result.ret != pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "needs: 1 kata needs *(shout)*",
            "* every kata that can run here is solved.",
            "*streak 1 day*",
        ]
    )
    assert "shout" not in workspace.progress()["katas"]


def test_a_kata_named_on_the_command_line_is_not_run_without_its_library(
    workspace: Workspace,
) -> None:
    require(workspace, "add_one", MISSING)
    result = workspace.run("--katas", "katas/basics/add_one")
    # The summary is about the kata asked for: what it needs, not the current kata's prompt.
    result.stdout.fnmatch_lines(
        [
            "needs: 1 kata needs *(add_one)*",
            "* selected: add_one: The add_one kata [[]needs]",
            f"    needs a library that is not installed: pip install '{MISSING}'",
            "solved 0/2 *",
        ],
        consecutive=True,
    )
    assert "1 needs" in result.stdout.lines[-1]
    assert "add_one" not in workspace.progress()["katas"]
    assert_no_traceback(result)


def test_a_met_requirement_runs_the_kata(workspace: Workspace) -> None:
    require(workspace, "add_one", "pytest>=8", "hypothesis")
    result = workspace.run("--katas")
    assert "needs:" not in result.stdout.str()
    assert workspace.status("add_one") == "unsolved"


def test_status_reports_needs_with_the_install_command(workspace: Workspace) -> None:
    require(workspace, "add_one", MISSING)
    result = workspace.run("--katas-status=json")
    rows = {row["id"]: row for row in json.loads(result.stdout.str())["katas"]}
    assert rows["add_one"]["status"] == "needs"
    assert rows["add_one"]["needs"] == [MISSING]
    assert rows["add_one"]["install"] == f"pip install '{MISSING}'"
    assert rows["shout"]["status"] == "pending"
    assert rows["shout"]["install"] is None
    table = workspace.run("--katas-status")
    table.stdout.fnmatch_lines(
        ["*add_one*needs*", ">*shout*pending*", f"needs: *: pip install '{MISSING}'"]
    )


def test_a_requires_field_that_is_not_a_list_of_requirements_is_a_catalog_error(
    workspace: Workspace,
) -> None:
    require(workspace, "add_one", "httpx>=0.27")
    toml = workspace.katas / "basics" / "add_one" / "kata.toml"
    toml.write_text(toml.read_text().replace('["httpx>=0.27"]', '"httpx"'))
    with pytest.raises(CatalogError, match="'requires' must be a list of strings"):
        load_catalog(workspace.katas)
    toml.write_text(toml.read_text().replace('requires = "httpx"', 'requires = ["@ not a name"]'))
    with pytest.raises(CatalogError, match="is not a requirement"):
        load_catalog(workspace.katas)
    result = workspace.run("--katas")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)


OWN = (
    ["apis", "test"],
    [
        "pytest>=8",
        'httpx>=0.27; extra == "apis"',
        'pydantic>=2; extra == "apis"',
        'pytest-xdist>=3.5; extra == "test"',
        'httpx>=0.27; extra == "test"',
        'pydantic>=2; extra == "test"',
    ],
)


@pytest.mark.parametrize(
    ("needed", "command"),
    [
        (["httpx>=0.27"], "pip install 'pytest-senior-katas[apis]'"),
        (["httpx>=0.27", "Pydantic>=2"], "pip install 'pytest-senior-katas[apis]'"),
        (["pytest-xdist>=3.5"], "pip install 'pytest-senior-katas[test]'"),
        (["httpx>=0.27", "rich"], "pip install 'httpx>=0.27' 'rich'"),
    ],
)
def test_the_install_command_names_the_smallest_extra_that_holds_every_need(
    needed: list[str], command: str
) -> None:
    assert requirements.install_command(needed, OWN) == command


@pytest.mark.parametrize(
    ("requirement", "installed", "unmet"),
    [
        ("httpx>=0.27", None, True),
        ("httpx>=0.27", "0.26.0", True),
        ("httpx>=0.27", "0.28.1", False),
        ("httpx>=0.27", "1.0.0rc1", False),  # a pre-release someone chose to install
        ('httpx>=0.27; python_version < "3"', None, False),  # not needed on this Python
        ("not a requirement!", "1.0", True),
    ],
)
def test_a_requirement_is_met_only_by_an_installed_version_it_allows(
    requirement: str, installed: str | None, unmet: bool
) -> None:
    assert requirements.unmet(requirement, lambda _name: installed) is unmet


def test_the_check_says_what_to_install_before_it_can_check_a_kata(workspace: Workspace) -> None:
    require(workspace, "add_one", MISSING)
    result = workspace.run("--katas-check", "katas/basics/add_one")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines([f"FAIL add_one: needs {MISSING} to be checked: pip install *"])
