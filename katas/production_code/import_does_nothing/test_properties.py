import csv
import itertools
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .sandbox import import_fresh, watching

SALES_REPORT = Path(__file__).with_name("sales_report.py")

# Text that stays on one line, whatever splits the lines: csv, files, str.splitlines().
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
characters = st.characters(blacklist_categories=("Cs",), blacklist_characters=LINE_BREAKS)
one_line = st.text(characters, max_size=5)
# Regions whose code-point order is not their alphabetical or case-blind order.
REGIONS = ["north", "North", "south", "", "B", "a", "Zürich", "zürich", "Ärhus", "_x", 'a, "b"']
regions = st.sampled_from(REGIONS) | one_line


@st.composite
def amounts(draw: st.DrawFn) -> str:
    """A decimal number as the export writes it: 12.50, -3, 0, 1234567890123.5 (never -0)."""
    whole = draw(st.integers(0, 10**15))
    fraction = draw(st.sampled_from(["", ".0", ".5", ".50", ".05", ".99"]) | st.just(""))
    negative = draw(st.booleans()) and (whole > 0 or fraction.strip(".0") != "")
    return f"{'-' if negative else ''}{whole}{fraction}"


ONE_ORDER = "region,amount\nnorth,1\n"
FIVE_ORDERED = "region,amount\nnorth,5\n"
EXTRA_COLUMNS = ["order", "customer", "note"]


@st.composite
def orders_csv(draw: st.DrawFn) -> str:
    """An export: region and amount among other columns, in any order, then rows."""
    columns = ["region", "amount", *draw(st.lists(st.sampled_from(EXTRA_COLUMNS), unique=True))]
    columns = draw(st.permutations(columns))
    rows = draw(st.lists(st.tuples(regions, amounts(), one_line), max_size=6))
    out = []
    writer = csv.writer(_Lines(out))
    writer.writerow(columns)
    for region, amount, other in rows:
        values = {"region": region, "amount": amount}
        writer.writerow([values.get(column, other) for column in columns])
    return "".join(out)


class _Lines:
    def __init__(self, out: list[str]) -> None:
        self.write = out.append


FILE_NAMES = ["orders.csv", "nightly orders.csv", "ventes-été.csv", "o.csv"]


@st.composite
def worlds(draw: st.DrawFn) -> dict[str, str]:
    """The files in the working directory: name -> content (orders.csv is often there)."""
    names = draw(st.lists(st.sampled_from(FILE_NAMES), min_size=1, max_size=2, unique=True))
    return {name: draw(orders_csv()) for name in names}


# What can follow the program name: a file, a file it cannot read, no argument, two...
ARGUMENTS = [*FILE_NAMES, "missing.csv", "a directory"]
argument_lists = st.lists(st.sampled_from(ARGUMENTS), max_size=3)


_worlds = itertools.count()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("worlds")


def build(scratch: Path, files: dict[str, str]) -> Path:
    """A new working directory holding `files` and a subdirectory."""
    directory = scratch / str(next(_worlds))
    directory.mkdir()
    (directory / "a directory").mkdir()
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8", newline="")
    return directory


def absolute(directory: Path, arguments: list[str]) -> list[str]:
    return [str(directory / argument) for argument in arguments]


@kata_settings
@given(files=worlds(), arguments=argument_lists)
@example(files={"orders.csv": "region,amount\nnorth,1\n"}, arguments=["orders.csv"])
@example(files={"orders.csv": "region,amount\nnorth,1\n"}, arguments=[])
def test_importing_does_nothing_whatever_the_command_line(scratch, files, arguments):
    directory = build(scratch, files)
    argv = ["sales_report.py", *absolute(directory, arguments)]
    module = None
    with watching(directory, argv) as watched:
        module = import_fresh(SALES_REPORT)
    did = {
        "printed": watched.stdout + watched.stderr,
        "files touched": watched.touched,
        "command line read": watched.argv_reads,
        "exit": watched.exit_code,
        "global state changed": watched.changed,
        "main is a function": callable(getattr(module, "main", None)),
    }
    nothing = {
        "printed": "",
        "files touched": [],
        "command line read": [],
        "exit": "did not exit",
        "global state changed": [],
        "main is a function": True,
    }
    assert_same(did, nothing, files=files, argv=argv)


def stderr_shape(text: str, arguments: list[str]) -> str:
    if text == "":
        return "nothing"
    if text.startswith("usage:"):
        return "a usage message"
    if len(text.splitlines()) == 1 and len(arguments) == 1 and arguments[0] in text:
        return "one line naming the path"
    return f"something else: {text!r}"


def call(main, directory: Path, arguments: list[str], planted: list[str]) -> dict[str, object]:
    """main(arguments) while sys.argv names other files: what a caller sees."""
    argv = list(arguments)
    with watching(directory, ["sales_report.py", *planted]) as watched:
        returned = main(argv)
    if watched.exit_code == "did not exit":
        code, ended = returned, "returned"
    else:
        code, ended = watched.exit_code, "raised SystemExit"
    if code == 2 and type(code) is int:
        ended = "returned or raised SystemExit"  # a usage error may end either way
    allowed = {f"open {Path(arguments[0]).name}"} if len(arguments) == 1 else set()
    return {
        "exit code": (type(code).__name__, code),
        "how main ended": ended,
        "stdout": watched.stdout,
        "stderr": stderr_shape(watched.stderr, arguments),
        "command line read": watched.argv_reads,
        "other files touched": sorted(set(watched.touched) - allowed),
        "argv left as it was": argv == arguments,
    }


#: One step: main(arguments), or the export job rewriting a file between two calls.
steps = st.one_of(
    argument_lists.map(lambda arguments: ("main", arguments)),
    st.tuples(st.just("rewrite"), st.sampled_from(FILE_NAMES), orders_csv()),
)


@kata_settings
@given(
    files=worlds(),
    calls=st.lists(steps, min_size=1, max_size=4),
    planted=st.lists(st.sampled_from(FILE_NAMES), min_size=1, max_size=2),
)
@example(
    files={"o.csv": ONE_ORDER}, calls=[("main", ["o.csv"]), ("main", ["o.csv"])], planted=["o.csv"]
)
@example(
    files={"o.csv": ONE_ORDER},
    calls=[("main", ["o.csv"]), ("rewrite", "o.csv", FIVE_ORDERED), ("main", ["o.csv"])],
    planted=["o.csv"],
)
@example(
    files={"o.csv": "region,amount\na,1\nB,2\n"}, calls=[("main", ["o.csv"])], planted=["o.csv"]
)
@example(files={"o.csv": ONE_ORDER}, calls=[("main", ["a directory"])], planted=["o.csv"])
def test_main_reports_each_call_as_the_reference_does(reference, scratch, files, calls, planted):
    directory = build(scratch, files)
    with watching(directory, ["sales_report.py"]):
        module = import_fresh(SALES_REPORT)
    planted = absolute(directory, planted)
    got, want = [], []
    for step in calls:
        if step[0] == "rewrite":
            (directory / step[1]).write_text(step[2], encoding="utf-8", newline="")
            continue
        arguments = absolute(directory, step[1])
        got.append(call(module.main, directory, arguments, planted))
        want.append(call(reference.main, directory, arguments, planted))
    assert_same(got, want, files=files, calls=calls, sys_argv=["sales_report.py", *planted])


def run_as_script(path: Path, directory: Path, arguments: list[str]) -> dict[str, object]:
    with watching(directory, ["sales_report.py", *arguments]) as watched:
        import_fresh(path, run_name="__main__")
    code = watched.exit_code
    code = 0 if code in ("did not exit", None) else code
    return {
        "exit code": code,
        "stdout": watched.stdout,
        "stderr": stderr_shape(watched.stderr, arguments),
    }


@kata_settings
@given(files=worlds(), arguments=argument_lists)
def test_run_as_a_script_it_exits_with_the_code_of_main(reference, scratch, files, arguments):
    directory = build(scratch, files)
    arguments = absolute(directory, arguments)
    got = run_as_script(SALES_REPORT, directory, arguments)
    want = run_as_script(Path(reference.__file__), directory, arguments)
    assert_same(got, want, files=files, arguments=arguments)
