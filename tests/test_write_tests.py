"""The write-tests kind, as a learner meets it: their tests judged by hidden implementations.

A small write-tests kata (``clamp``) sits beside the fix katas of the shared
workspace; the learner's test file is replaced by the suites a learner writes.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import Workspace, assert_no_traceback
from pytest_senior_katas.core.catalog import CatalogError, load_kata

MODULE = '''\
"""clamp(x, lo, hi): x, limited to the range lo..hi (both included).

ValueError if lo > hi; lo == hi is allowed (the answer is then lo).
"""


def clamp(x: int, lo: int, hi: int) -> int:
    if lo > hi:
        raise ValueError(f"empty range {lo}..{hi}")
    return _bounded(x, lo, hi)


def _bounded(x: int, lo: int, hi: int) -> int:
    return max(lo, min(x, hi))
'''

CORRECT = {
    "branches": """\
def clamp(x: int, lo: int, hi: int) -> int:
    if hi < lo:
        raise ValueError("lo must not exceed hi")
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
""",
    "middle_of_three": """\
def clamp(x: int, lo: int, hi: int) -> int:
    if lo > hi:
        raise ValueError("bad range")
    return sorted((lo, x, hi))[1]
""",
}

BUGS = {
    "no_error": ("accepts a range whose lo is above hi", "    return max(lo, min(x, hi))\n"),
    "low_only": ("never limits x from above", "    return max(lo, x)\n"),
    "high_only": ("never limits x from below", "    return min(x, hi)\n"),
    "one_point_range": (
        "raises ValueError for a range of one point (lo == hi)",
        "    if lo >= hi:\n        raise ValueError('empty')\n    return max(lo, min(x, hi))\n",
    ),
}

START = '''\
"""Your tests for clamp. TODO: test every promise of clamp's docstring."""

from .clamp import clamp


def test_inside_the_range():
    assert clamp(5, 0, 10) == 5
'''

GOOD = """\
import pytest

from .clamp import clamp


def test_inside_the_range_x_is_kept():
    assert clamp(5, 0, 10) == 5


def test_below_the_range_gives_lo():
    assert clamp(-3, 0, 10) == 0


def test_above_the_range_gives_hi():
    assert clamp(30, 0, 10) == 10


def test_a_one_point_range():
    assert clamp(7, 4, 4) == 4


def test_an_empty_range_raises():
    with pytest.raises(ValueError):
        clamp(1, 5, 4)
"""

DOCSTRING_ONLY = """\
from .clamp import clamp


def test_inside():
    assert clamp(5, 0, 10) == 5


def test_below():
    assert clamp(-3, 0, 10) == 0
"""

OVER_SPECIFIED = (
    GOOD
    + """

def test_uses_the_bounded_helper():
    from . import clamp as module

    assert module._bounded(3, 0, 2) == 2
"""
)


def add_write_tests_kata(workspace: Workspace, *, distinguish: bool = False) -> Path:
    kata = workspace.katas / "basics" / "clamp_tests"
    solutions = kata / "_solutions"
    (solutions / "reference").mkdir(parents=True)
    (kata / "__init__.py").write_text("")
    bugs = "".join(
        f'\n[[suite.bugs]]\nname = "{name}"\ndoes = "{does}"\n' for name, (does, _) in BUGS.items()
    )
    (kata / "kata.toml").write_text(
        textwrap.dedent(
            """\
            format = 1
            title = "Tests for clamp"
            kind = "write-tests"
            files = ["test_clamp.py"]
            prompt = "Write the tests of clamp.py."
            hints = ["Every sentence of the docstring is a promise.", "Test both ends."]
            interviewers = "Interviewers listen for the edges of the range."

            [seed]
            section = 7
            heading = "What You Must Know"
            bullet = "pytest basics"

            [suite]
            module = "clamp.py"
            """
        )
        + (f"distinguish = {'true' if distinguish else 'false'}\n")
        + bugs
    )
    (kata / "clamp.py").write_text(MODULE)
    (kata / "test_clamp.py").write_text(START)
    (solutions / "reference" / "test_clamp.py").write_text(GOOD)
    for name, source in CORRECT.items():
        (solutions / "correct" / name).mkdir(parents=True)
        (solutions / "correct" / name / "clamp.py").write_text(source)
    for name, (_, body) in BUGS.items():
        (solutions / "bugs" / name).mkdir(parents=True)
        buggy = MODULE.split("    return _bounded")[0].replace(
            '    if lo > hi:\n        raise ValueError(f"empty range {lo}..{hi}")\n', ""
        )
        if name != "no_error":
            buggy = MODULE.split("    if lo > hi")[0]
            if name != "one_point_range":
                buggy += '    if lo > hi:\n        raise ValueError("empty")\n'
        (solutions / "bugs" / name / "clamp.py").write_text(buggy + body)
    (workspace.katas / "catalog.toml").write_text(
        'format = 1\n\n[[topics]]\nid = "basics"\ntitle = "Basics"\n'
        'katas = ["add_one", "shout", "clamp_tests"]\n'
    )
    workspace.refresh_checksums()
    return kata


@pytest.fixture
def kata(workspace: Workspace) -> Path:
    return add_write_tests_kata(workspace)


def write_suite(kata: Path, text: str) -> None:
    (kata / "test_clamp.py").write_text(text)


def run_kata(workspace: Workspace, *args: str) -> pytest.RunResult:
    return workspace.run("--katas", "katas/basics/clamp_tests", *args)


def test_the_starting_file_is_unsolved_and_names_a_bug_it_misses(
    workspace: Workspace, kata: Path
) -> None:
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "unsolved"
    out = result.stdout.str()
    assert "your tests pass on code that never limits x from below" in out
    assert "planted bugs caught: 0 of 4" in out
    assert result.ret == 1


def test_tests_that_copy_the_docstring_are_told_which_bug_survives(
    workspace: Workspace, kata: Path
) -> None:
    write_suite(kata, DOCSTRING_ONLY)
    result = run_kata(workspace)
    out = result.stdout.str()
    assert workspace.status("clamp_tests") == "unsolved"
    assert "planted bugs caught: 1 of 4" in out
    assert "your tests pass on code that never limits x from above" in out
    assert "your tests pass on code that accepts a range whose lo is above hi" in out
    # The bug is described, never shown: no line of its code reaches the screen.
    assert "max(lo, x)" not in out


def test_a_test_of_internals_is_told_it_fails_on_a_correct_implementation(
    workspace: Workspace, kata: Path
) -> None:
    write_suite(kata, OVER_SPECIFIED)
    result = run_kata(workspace)
    out = result.stdout.str()
    assert workspace.status("clamp_tests") == "unsolved"
    assert "test_uses_the_bounded_helper fails on correct implementation 2" in out
    assert "does it test how, rather than what?" in out
    reason = workspace.progress()["katas"]["clamp_tests"]  # type: ignore[index]
    assert reason["status"] == "unsolved"


def test_a_good_suite_solves_the_kata_with_the_interviewer_note(
    workspace: Workspace, kata: Path
) -> None:
    write_suite(kata, GOOD)
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"
    assert "Interviewers listen for the edges of the range." in result.stdout.str()
    assert result.ret == 0
    assert_no_traceback(result)


def test_a_file_without_tests_is_vacuous(workspace: Workspace, kata: Path) -> None:
    write_suite(kata, "from .clamp import clamp\n")
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "unsolved"
    assert "no test was collected" in result.stdout.str()


def test_tests_that_assert_nothing_are_vacuous(workspace: Workspace, kata: Path) -> None:
    write_suite(
        kata,
        "from .clamp import clamp\n\n\ndef test_runs():\n    clamp(1, 0, 2)\n    clamp(-1, 0, 2)\n",
    )
    result = run_kata(workspace)
    assert "not one bug is caught: do your tests assert anything?" in result.stdout.str()
    assert workspace.status("clamp_tests") == "unsolved"


@pytest.mark.parametrize("mode", ["prepend", "append", "importlib"])
def test_the_swap_holds_under_every_import_mode(
    workspace: Workspace, kata: Path, mode: str
) -> None:
    write_suite(kata, DOCSTRING_ONLY)
    run_kata(workspace, f"--import-mode={mode}")
    assert workspace.status("clamp_tests") == "unsolved"
    write_suite(kata, GOOD)
    run_kata(workspace, f"--import-mode={mode}")
    assert workspace.status("clamp_tests") == "solved"


def test_every_import_style_sees_the_implementation_under_test(
    workspace: Workspace, kata: Path
) -> None:
    # The module imported whole, by its package path, and patched by a string target.
    write_suite(
        kata,
        GOOD.replace("from .clamp import clamp\n", "")
        .replace("clamp(", "module.clamp(")
        .replace(
            "import pytest\n",
            "import importlib\n\nimport pytest\n\nfrom . import clamp as module\n",
        )
        + """

def test_by_package_path():
    other = importlib.import_module(__package__ + ".clamp")
    assert other.clamp(30, 0, 10) == 10
""",
    )
    run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"


def test_a_test_cannot_tell_which_implementation_it_runs_against(
    workspace: Workspace, kata: Path
) -> None:
    write_suite(
        kata,
        GOOD
        + """

def test_the_module_is_where_it_always_was():
    from pathlib import Path

    from . import clamp as module

    assert Path(module.__file__).name == "clamp.py"
    assert "_solutions" not in module.__file__
    assert module.__name__.endswith("clamp_tests.clamp")
""",
    )
    run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"


def test_other_katas_of_the_same_run_are_untouched(workspace: Workspace, kata: Path) -> None:
    write_suite(kata, GOOD)
    workspace.write("add_one", "reference")
    workspace.write("shout", "reference")
    result = workspace.run("--katas", "--katas-all")
    assert [workspace.status(k) for k in ("add_one", "shout", "clamp_tests")] == ["solved"] * 3
    assert_no_traceback(result)


def test_under_xdist_the_verdict_is_the_same(workspace: Workspace, kata: Path) -> None:
    pytest.importorskip("xdist")
    write_suite(kata, DOCSTRING_ONLY)
    run_kata(workspace, "-n", "2")
    assert workspace.status("clamp_tests") == "unsolved"
    write_suite(kata, GOOD)
    run_kata(workspace, "-n", "2")
    assert workspace.status("clamp_tests") == "solved"


def test_a_test_that_loops_on_a_bug_counts_as_catching_it_and_the_run_ends(
    workspace: Workspace, kata: Path
) -> None:
    (workspace.root / "pytest.ini").write_text("[pytest]\nkatas_dir = katas\nkatas_timeout = 1\n")
    write_suite(
        kata,
        GOOD
        + """

def test_waits_for_a_clamped_value():
    x = 30
    while clamp(x, 0, 10) != 10:  # never true on code that does not limit from above
        pass
""",
    )
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"
    assert_no_traceback(result)


def test_a_test_that_fails_on_the_shipped_module_is_over_specified(
    workspace: Workspace, kata: Path
) -> None:
    workspace.write("add_one", "reference")
    workspace.write("shout", "reference")
    write_suite(kata, GOOD.replace("clamp(7, 4, 4) == 4", "clamp(7, 4, 4) == 7"))
    for _ in range(3):  # add_one, shout, then clamp_tests: the current kata's verdict is shown
        result = workspace.run("--katas")
    assert workspace.status("clamp_tests") == "unsolved"
    out = result.stdout.str()
    assert "test_a_one_point_range fails on clamp.py as shipped, a correct implementation" in out


def test_with_distinguish_two_bugs_the_same_tests_catch_are_named(
    workspace: Workspace,
) -> None:
    kata = add_write_tests_kata(workspace, distinguish=True)
    # One test catches every bug: a failure cannot say which promise broke.
    write_suite(
        kata,
        "import pytest\n\nfrom .clamp import clamp\n\n\ndef test_everything():\n"
        "    assert clamp(5, 0, 10) == 5 and clamp(-3, 0, 10) == 0\n"
        "    assert clamp(30, 0, 10) == 10 and clamp(7, 4, 4) == 4\n"
        "    with pytest.raises(ValueError):\n        clamp(1, 5, 4)\n",
    )
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "unsolved"
    assert "the same tests fail on code that" in result.stdout.str()
    write_suite(kata, GOOD)
    run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"


def test_solution_shows_the_reference_suite_once_solved(workspace: Workspace, kata: Path) -> None:
    write_suite(kata, GOOD)
    run_kata(workspace)
    result = workspace.run("--katas-solution", "clamp_tests")
    assert "def test_an_empty_range_raises" in result.stdout.str()


def test_missing_hidden_implementations_are_an_error_not_a_crash(
    workspace: Workspace, kata: Path
) -> None:
    import shutil

    shutil.rmtree(kata / "_solutions" / "bugs" / "low_only")
    write_suite(kata, GOOD)
    result = run_kata(workspace)
    assert workspace.status("clamp_tests") == "error"
    assert "cannot be read" in result.stdout.str()
    assert "INTERNALERROR" not in result.stdout.str()


def test_a_write_tests_kata_without_a_suite_table_is_a_one_line_error(
    workspace: Workspace, kata: Path
) -> None:
    toml = kata / "kata.toml"
    toml.write_text(toml.read_text().split("[suite]")[0])
    with pytest.raises(CatalogError, match=r"missing \[suite\]"):
        load_kata(kata, "basics")
    result = run_kata(workspace)
    assert_no_traceback(result)
    assert "missing [suite]" in result.stderr.str()


def test_output_and_logs_of_the_hidden_runs_stay_hidden(workspace: Workspace, kata: Path) -> None:
    write_suite(
        kata,
        DOCSTRING_ONLY
        + """

def test_talks():
    import logging

    print("printed by the learner's test")
    logging.getLogger("clamp").warning("logged by the learner's test")
    assert clamp(0, 0, 1) == 0
""",
    )
    result = run_kata(workspace, "-rA")
    out = result.stdout.str()
    after = out.split("hidden_implementations _", 1)[1].splitlines()[1:]
    section = []
    for line in after:
        if line.startswith(("___", "===")):
            break
        section.append(line)
    hidden_section = "\n".join(section)
    assert "planted bugs caught" in hidden_section
    assert "printed by the learner's test" not in hidden_section
    assert "logged by the learner's test" not in hidden_section


def test_the_swap_holds_when_the_module_is_marked_for_assertion_rewriting(
    workspace: Workspace, kata: Path
) -> None:
    # pytest's assertion rewriter answers first for modules marked for rewriting (a
    # conftest's register_assert_rewrite, an installed plugin's package): the swap
    # must still win, or every planted bug would pass.
    (workspace.root / "conftest.py").write_text(
        'import pytest\n\npytest.register_assert_rewrite("basics")\n'
    )
    write_suite(kata, DOCSTRING_ONLY)
    run_kata(workspace)
    assert workspace.status("clamp_tests") == "unsolved"
    write_suite(kata, GOOD)
    run_kata(workspace)
    assert workspace.status("clamp_tests") == "solved"
