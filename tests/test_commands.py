"""The learner's commands that run no tests: status, hint, init; and colour on the terminal.

Each test is a real pytest run, in a workspace with the two-kata catalog of the
conftest, or (for ``--katas-init``) in an empty directory. No test depends on the
real date: runs that judge katas set ``KATAS_TODAY``.
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import Workspace, assert_no_traceback, error_lines, progress_path
from pytest_senior_katas.core.catalog import bundled_root, load_catalog

TODAY = "2026-11-26"
ESC = "\x1b["


def one_solved_one_unsolved(workspace: Workspace) -> None:
    """add_one solved; shout became current and its first run failed."""
    workspace.write("add_one", "reference")
    workspace.run("--katas", today=TODAY)
    workspace.run("--katas", today=TODAY)
    assert workspace.status("add_one") == "solved"
    assert workspace.status("shout") == "unsolved"


# -- --katas-status ---------------------------------------------------------------------


def test_status_lists_every_kata_marks_the_current_one_and_runs_nothing(
    workspace: Workspace,
) -> None:
    one_solved_one_unsolved(workspace)
    before = progress_path(workspace).read_bytes()

    result = workspace.run("--katas-status", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(
        [
            "Basics",
            "    1  add_one  fix * solved * The add_one kata",
            ">   2  shout    fix * unsolved * The shout kata",
            "    Sep   Oct     Nov",
            "Mon * * * * * * * * * * * *",
            "    * * * * * * * * * * * *",
            "Wed * * * * * * * * * * * *",
            # 2026-11-26, the one solve day, is the Thursday of the last week.
            "    · · · · · · · · · · · ░",
            "Fri · · · · · · · · · · ·",
            "    · · · · · · · · · · ·",
            "Sun · · · · · · · · · · ·",
            "    1 solve in the last 12 weeks   less · ░ ▒ ▓ █ more",
            "solved 1/2, streak 1 day (best 1 day); run `pytest --katas` to work on the current*",
        ],
        consecutive=True,
    )
    assert "test session starts" not in result.stdout.str()
    assert progress_path(workspace).read_bytes() == before


def test_status_of_a_fresh_workspace_shows_every_kata_pending_and_writes_nothing(
    workspace: Workspace,
) -> None:
    result = workspace.run("--katas-status", today=TODAY)

    result.stdout.fnmatch_lines(
        [
            "Basics",
            ">   1  add_one  fix * pending * The add_one kata",
            "    2  shout    fix * pending * The shout kata",
            "solved 0/2, streak 0 days (best 0 days)*",
        ],
        consecutive=True,
    )
    assert "test session starts" not in result.stdout.str()
    assert not (workspace.root / ".katas").exists()


def test_status_json_is_one_object_with_the_documented_fields(workspace: Workspace) -> None:
    one_solved_one_unsolved(workspace)

    result = workspace.run("--katas-status=json", today=TODAY)

    assert result.ret == pytest.ExitCode.OK
    data = json.loads(result.stdout.str())
    assert data["total"] == 2
    assert data["solved"] == 1
    assert data["streak"] == {"current": 1, "best": 1}
    assert data["solve_days"] == [TODAY]
    documented = {"id", "topic", "title", "kind", "status", "path", "seed"}
    assert all(documented <= set(kata) for kata in data["katas"])
    assert [{k: kata[k] for k in sorted(documented)} for kata in data["katas"]] == [
        {
            "id": "add_one",
            "kind": "fix",
            "path": "katas/basics/add_one",
            "seed": "3 Language Semantics: Truthiness rules",
            "status": "solved",
            "title": "The add_one kata",
            "topic": "basics",
        },
        {
            "id": "shout",
            "kind": "fix",
            "path": "katas/basics/shout",
            "seed": "3 Language Semantics: Truthiness rules",
            "status": "unsolved",
            "title": "The shout kata",
            "topic": "basics",
        },
    ]
    for kata in data["katas"]:
        assert (workspace.root / kata["path"] / "kata.toml").is_file()


def test_status_json_paths_stay_relative_to_the_workspace_root_from_a_subdirectory(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workspace.katas / "basics")

    result = workspace.run("--katas-status=json", today=TODAY)

    data = json.loads(result.stdout.str())
    assert [kata["path"] for kata in data["katas"]] == [
        "katas/basics/add_one",
        "katas/basics/shout",
    ]


# -- --katas-hint -----------------------------------------------------------------------


def test_hints_come_one_level_at_a_time_and_the_last_one_repeats(workspace: Workspace) -> None:
    first = workspace.run("--katas-hint", "add_one")
    first.stdout.fnmatch_lines(
        ["Hint 1/3 for add_one:", "  Look at the examples."], consecutive=True
    )
    assert "last" not in first.stdout.str()

    second = workspace.run("--katas-hint", "add_one")
    second.stdout.fnmatch_lines(
        ["Hint 2/3 for add_one:", "  Read the docstring."], consecutive=True
    )
    assert "last" not in second.stdout.str()

    for _ in range(2):
        last = workspace.run("--katas-hint", "add_one")
        assert last.ret == pytest.ExitCode.OK
        last.stdout.fnmatch_lines(
            [
                "Hint 3/3 for add_one (the last one; it repeats from here):",
                "  Nearly the answer.",
            ],
            consecutive=True,
        )
        assert "test session starts" not in last.stdout.str()


def test_hint_use_is_recorded_and_shown_by_status(workspace: Workspace) -> None:
    for _ in range(4):
        workspace.run("--katas-hint", "add_one")

    assert workspace.progress()["katas"]["add_one"]["hints_used"] == 3  # type: ignore[index]
    table = workspace.run("--katas-status", today=TODAY)
    table.stdout.fnmatch_lines(["> * add_one * The add_one kata  hints 3/3"])
    assert "hints" not in next(line for line in table.outlines if "shout" in line)
    data = json.loads(workspace.run("--katas-status=json", today=TODAY).stdout.str())
    assert [(k["id"], k["hints_used"]) for k in data["katas"]] == [("add_one", 3), ("shout", 0)]


def test_a_hint_for_an_unknown_kata_is_one_error_line(workspace: Workspace) -> None:
    result = workspace.run("--katas-hint", "nope")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    assert error_lines(result) == ["ERROR: no kata with id 'nope'; see pytest --katas-status"]
    assert result.stdout.str().strip() == ""
    assert not progress_path(workspace).exists()


def test_a_hint_for_a_misspelt_id_suggests_the_kata_meant(workspace: Workspace) -> None:
    result = workspace.run("--katas-hint", "ad_one")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    [error] = error_lines(result)
    assert error.endswith("did you mean add_one?")
    assert not progress_path(workspace).exists()


def test_a_unique_prefix_of_an_id_is_enough(workspace: Workspace) -> None:
    result = workspace.run("--katas-hint", "add")

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["Hint 1/3 for add_one:"])


# -- --katas-init -----------------------------------------------------------------------


def created_count(result: pytest.RunResult) -> int:
    match = re.search(r"Created a kata workspace in \S+ \((\d+) files\)\.", result.stdout.str())
    assert match, result.stdout.str()
    return int(match.group(1))


def test_init_creates_a_workspace_with_the_katas_and_no_solutions(
    pytester: pytest.Pytester,
) -> None:
    result = pytester.runpytest("--katas-init", "ws")

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(
        ["Created a kata workspace in ws (* files).", "Next: cd ws && pytest --katas"]
    )
    ws = pytester.path / "ws"
    for name in ("pytest.ini", "katas/catalog.toml", "katas/checksums.txt"):
        assert (ws / name).is_file(), name
    catalog = load_catalog(ws / "katas")
    first = catalog.katas[0]
    assert first.id == "legb_counter"
    for name in first.files:
        assert (first.directory / name).is_file()
    assert list(ws.rglob("_solutions")) == []
    assert "_solutions" not in (ws / "katas" / "checksums.txt").read_text()
    assert created_count(result) == sum(1 for path in ws.rglob("*") if path.is_file())
    shipped = bundled_root()
    assert shipped is not None
    assert [k.id for k in catalog.katas] == [k.id for k in load_catalog(shipped).katas]
    # The workspace README is the learner's manual: every command, every kind, the extra.
    readme = (ws / "README.md").read_text()
    for command in ("--katas-watch", "--katas-hint", "--katas-solution", "--katas-reset"):
        assert command in readme
    for kind in ("**fix**", "**predict**", "**refactor**", "**write-tests**", "**debug**"):
        assert kind in readme
    assert "pip install 'pytest-senior-katas[apis]'" in readme


def test_a_new_workspace_starts_at_the_first_kata_unsolved(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.runpytest("--katas-init", "ws")
    ws = pytester.path / "ws"
    monkeypatch.chdir(ws)
    monkeypatch.setenv("KATAS_TODAY", TODAY)

    result = pytester.runpytest("-p", "no:cacheprovider", "-p", "no:randomly", "--katas")

    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "rootdir: *ws",
            "*senior katas*",
            "* current: legb_counter: * [[]unsolved]",
            "    open katas/language_semantics/legb_counter/counter.py:*",
            "    stuck? pytest --katas-hint legb_counter",
        ]
    )
    assert "tampered" not in result.stdout.str()
    progress = json.loads((ws / ".katas" / "progress.json").read_text())
    assert progress["katas"]["legb_counter"]["status"] == "unsolved"


def test_init_again_keeps_the_learners_edit_byte_for_byte_and_says_so(
    pytester: pytest.Pytester,
) -> None:
    total = created_count(pytester.runpytest("--katas-init", "ws"))
    learner_file = (
        pytester.path / "ws" / "katas" / "language_semantics" / "legb_counter" / "counter.py"
    )
    edit = learner_file.read_bytes() + b"\n# my work in progress\r\nTOTAL = 0  \xc3\xa9\n"
    learner_file.write_bytes(edit)

    result = pytester.runpytest("--katas-init", "ws")

    assert result.ret == pytest.ExitCode.OK
    assert learner_file.read_bytes() == edit
    result.stdout.fnmatch_lines(
        [
            f"Kept {total} existing file(s) untouched: nothing is overwritten.",
            "  yours differ from the catalog: katas/language_semantics/legb_counter/counter.py",
            "Next: cd ws && pytest --katas",
        ]
    )
    assert "Created" not in result.stdout.str()


def test_init_without_a_directory_creates_senior_katas(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--katas-init")

    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["Created a kata workspace in senior-katas (* files)."])
    assert (pytester.path / "senior-katas" / "katas" / "catalog.toml").is_file()


def test_init_onto_an_existing_file_is_a_usage_error_and_leaves_it_alone(
    pytester: pytest.Pytester,
) -> None:
    target = pytester.path / "notes.txt"
    target.write_text("my notes\n")

    result = pytester.runpytest("--katas-init", "notes.txt")

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert_no_traceback(result)
    assert error_lines(result) == [
        f"ERROR: {target} exists and is not a directory; choose another DIR"
    ]
    assert target.read_text() == "my notes\n"


# -- colour -----------------------------------------------------------------------------

COLOUR_COMMANDS = {
    "status": ("--katas-status",),
    "hint": ("--katas-hint", "add_one"),
    "run": ("--katas",),
}


@pytest.fixture
def forced_colour(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal that would get colour: FORCE_COLOR, no PY_COLORS, no NO_COLOR.

    Set up after the workspace, because pytester sets PY_COLORS=0 for inner runs.
    """
    monkeypatch.delenv("PY_COLORS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")


@pytest.mark.usefixtures("forced_colour")
@pytest.mark.parametrize("command", COLOUR_COMMANDS.values(), ids=COLOUR_COMMANDS.keys())
def test_no_color_keeps_escape_codes_out_even_when_colour_is_forced(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    coloured = workspace.run(*command, today=TODAY)
    assert ESC in coloured.stdout.str()  # the terminal would be coloured...

    monkeypatch.setenv("NO_COLOR", "1")
    plain = workspace.run(*command, today=TODAY)

    assert "\x1b" not in plain.stdout.str() + plain.stderr.str()  # ...but NO_COLOR wins
    assert plain.ret == coloured.ret


def test_color_yes_colours_the_status_table(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_solved_one_unsolved(workspace)
    for name in ("PY_COLORS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KATAS_TODAY", TODAY)

    piped = workspace.pytester.runpytest_subprocess("--katas-status", timeout=60)
    coloured = workspace.pytester.runpytest_subprocess("--katas-status", "--color=yes", timeout=60)

    assert "\x1b" not in piped.stdout.str()
    assert coloured.ret == pytest.ExitCode.OK
    lines = coloured.stdout.lines
    assert ESC in next(line for line in lines if "add_one" in line)
    assert ESC in next(line for line in lines if "shout" in line)
    # Colour decorates the same text.
    strip = re.compile(r"\x1b\[[0-9;]*m")
    assert [strip.sub("", line) for line in lines] == piped.stdout.lines


def test_a_bare_hint_option_gives_the_current_kata_s_hint(workspace: Workspace) -> None:
    for args in (["--katas-hint"], ["--katas-hint", ""]):
        result = workspace.run(*args)
        assert result.ret == 0
        assert "for add_one" in result.stdout.str()
        assert "collected" not in result.stdout.str()  # no test run started
    assert workspace.progress()["katas"]["add_one"]["hints_used"] == 2  # type: ignore[index]


@pytest.mark.parametrize("option", ["--katas-reset", "--katas-solution"])
def test_an_empty_kata_id_is_a_usage_error_not_a_run(workspace: Workspace, option: str) -> None:
    result = workspace.run(option, "")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "give a kata id" in result.stderr.str()
    assert "collected" not in result.stdout.str()


def test_a_huge_kata_id_is_not_echoed_whole(workspace: Workspace) -> None:
    result = workspace.run("--katas-hint", "x" * 100_000)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert len(result.stderr.str()) < 300
    assert "no kata with id 'xxx" in result.stderr.str()


def test_an_unknown_id_suggests_only_close_ids(workspace: Workspace) -> None:
    assert "did you mean" not in workspace.run("--katas-hint", "nosuch").stderr.str()
    assert "did you mean shout?" in workspace.run("--katas-hint", "shuot").stderr.str()


def test_init_through_a_dangling_symbolic_link_is_refused(workspace: Workspace) -> None:
    link = workspace.root / "ws"
    link.symlink_to(workspace.root / "missing" / "target")
    result = workspace.run("--katas-init", "ws")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "is a symbolic link to" in result.stderr.str()
    assert not (workspace.root / "missing").exists()
