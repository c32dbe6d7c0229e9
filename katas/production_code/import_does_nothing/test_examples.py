import runpy
from pathlib import Path

from .sandbox import import_fresh, watching

SALES_REPORT = Path(__file__).with_name("sales_report.py")

ORDERS = """\
order,region,amount
1,north,12.50
2,south,-2
3,north,7.00
"""
REPORT = "north: 19.50\nsouth: -2\n"


def orders_file(directory: Path, name: str = "orders.csv", text: str = ORDERS) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path):
    """The module, imported afresh where importing it could do no harm."""
    module = None
    with watching(tmp_path, ["sales_report.py"]) as watched:
        module = import_fresh(SALES_REPORT)
    assert module is not None, f"importing sales_report.py exited with {watched.exit_code!r}"
    return module


def test_importing_does_nothing_even_with_orders_on_the_command_line(tmp_path):
    orders = orders_file(tmp_path)
    with watching(tmp_path, ["sales_report.py", str(orders)]) as watched:
        import_fresh(SALES_REPORT)
    assert watched.stdout == "" and watched.stderr == "", "importing printed something"
    assert watched.touched == [], f"importing touched files: {watched.touched}"
    assert watched.argv_reads == [], f"importing read the command line: {watched.argv_reads}"
    assert watched.exit_code == "did not exit"
    assert watched.changed == [], f"importing changed {watched.changed}"


def test_importing_without_arguments_does_not_exit(tmp_path):
    with watching(tmp_path, ["sales_report.py"]) as watched:
        import_fresh(SALES_REPORT)
    assert watched.exit_code == "did not exit"
    assert watched.stderr == ""


def test_main_prints_the_report_and_returns_0(tmp_path):
    sales_report = load(tmp_path)
    orders = orders_file(tmp_path)
    with watching(tmp_path, ["sales_report.py"]) as watched:
        code = sales_report.main([str(orders)])
    assert (code, watched.stdout, watched.stderr) == (0, REPORT, "")


def test_main_reads_its_argv_not_sys_argv(tmp_path):
    sales_report = load(tmp_path)
    orders = orders_file(tmp_path)
    other = orders_file(tmp_path, "other.csv", "region,amount\neast,1\n")
    with watching(tmp_path, ["sales_report.py", str(other)]) as watched:
        code = sales_report.main([str(orders)])
    assert (code, watched.stdout) == (0, REPORT)
    assert watched.argv_reads == [], f"main read the command line: {watched.argv_reads}"


def test_each_call_reports_its_own_file(tmp_path):
    sales_report = load(tmp_path)
    orders = orders_file(tmp_path)
    with watching(tmp_path, ["sales_report.py"]) as first:
        sales_report.main([str(orders)])
    with watching(tmp_path, ["sales_report.py"]) as second:
        sales_report.main([str(orders)])
    assert first.stdout == second.stdout == REPORT


def test_a_file_that_cannot_be_read_is_exit_code_1(tmp_path):
    sales_report = load(tmp_path)
    missing = tmp_path / "missing.csv"
    with watching(tmp_path, ["sales_report.py"]) as watched:
        code = sales_report.main([str(missing)])
    assert code == 1
    assert watched.stdout == ""
    assert str(missing) in watched.stderr and len(watched.stderr.splitlines()) == 1


def test_no_argument_is_a_usage_error_with_exit_code_2(tmp_path):
    sales_report = load(tmp_path)
    with watching(tmp_path, ["sales_report.py"]) as watched:
        watched.exit_code = sales_report.main([])
    assert watched.exit_code == 2
    assert watched.stdout == "" and watched.stderr.startswith("usage:")


def test_run_as_a_script_it_prints_the_report(tmp_path):
    orders = orders_file(tmp_path)
    with watching(tmp_path, ["sales_report.py", str(orders)]) as watched:
        runpy.run_path(str(SALES_REPORT), run_name="__main__")
    assert watched.stdout == REPORT
    assert watched.exit_code in (0, None, "did not exit")
