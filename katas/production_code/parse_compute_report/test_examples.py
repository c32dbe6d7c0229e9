import builtins
from datetime import date

import pytest

from . import legacy, sales_report
from .sales_report import Sale, SalesFileError, Summary

FILE = """date,region,amount
2024-06-03,North,12.50
2024-06-01, South ,-3

2024-06-04,North,0.05
"""
SALES = [
    Sale(date(2024, 6, 3), "North", 1250),
    Sale(date(2024, 6, 1), "South", -300),
    Sale(date(2024, 6, 4), "North", 5),
]
SUMMARY = Summary(3, 955, {"North": 1255, "South": -300}, date(2024, 6, 1), date(2024, 6, 4))
REPORT = """3 sales from 2024-06-01 to 2024-06-04
North: 12.55
South: -3.00
Total: 9.55
"""


@pytest.fixture
def no_io(monkeypatch):
    """print() and open() fail: a pure function never notices."""

    def refuse(*args, **kwargs):
        raise AssertionError("a pure function printed or opened a file")

    monkeypatch.setattr(builtins, "print", refuse)
    monkeypatch.setattr(builtins, "open", refuse)


def test_parse_reads_the_sales_in_the_order_of_the_file(no_io):
    assert sales_report.parse_sales(FILE) == SALES


def test_a_bad_line_is_named_by_its_number(no_io):
    text = "date,region,amount\n2024-06-03,North,12.50\n\n2024-06-04,North,twelve\n"
    with pytest.raises(SalesFileError) as error:
        sales_report.parse_sales(text)
    assert error.value.line_number == 4
    assert str(error.value).startswith("line 4: ")


def test_a_line_with_a_missing_field_is_an_error(no_io):
    with pytest.raises(SalesFileError) as error:
        sales_report.parse_sales("date,region,amount\n2024-06-03,12.50\n")
    assert error.value.line_number == 2


def test_summarize_computes_from_records_without_io(no_io):
    assert sales_report.summarize(SALES) == SUMMARY


def test_summarize_works_on_records_however_they_were_made(no_io):
    sales = (sale for sale in [Sale(date(2024, 1, 9), "North, East", 0)])  # a generator
    want = Summary(1, 0, {"North, East": 0}, date(2024, 1, 9), date(2024, 1, 9))
    assert sales_report.summarize(sales) == want


def test_no_sales_is_a_summary_too(no_io):
    assert sales_report.summarize([]) == Summary(0, 0, {}, None, None)


def test_render_returns_the_text_of_the_report(no_io):
    assert sales_report.render(SUMMARY) == REPORT
    assert sales_report.render(Summary(0, 0, {}, None, None)) == "0 sales\nTotal: 0.00\n"


def test_small_negative_amounts_keep_their_sign(no_io):
    summary = Summary(1, -5, {"West": -5}, date(2024, 6, 1), date(2024, 6, 1))
    assert sales_report.render(summary).splitlines()[1:] == ["West: -0.05", "Total: -0.05"]


def test_the_report_prints_what_it_printed_before(tmp_path, capsys):
    path = tmp_path / "june.csv"
    path.write_text(FILE, encoding="utf-8")
    legacy.print_sales_report(str(path))
    before = capsys.readouterr().out
    sales_report.print_sales_report(str(path))
    assert capsys.readouterr().out == before == REPORT


def test_the_report_prints_what_render_returns(tmp_path, capsys, monkeypatch):
    path = tmp_path / "june.csv"
    path.write_text(FILE, encoding="utf-8")
    monkeypatch.setattr(sales_report, "render", lambda summary: f"{summary.sales} sales!\n")
    sales_report.print_sales_report(str(path))
    assert capsys.readouterr().out == "3 sales!\n"
