import builtins
import contextlib
import io
import tempfile
from datetime import date
from pathlib import Path
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import legacy, sales_report

# Region names in a file: any text but commas, double quotes (a csv reader may read them) and
# line breaks; spaces inside allowed, case matters.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
region_text = st.text(
    alphabet=st.characters(blacklist_characters=',"' + LINE_BREAKS, blacklist_categories=["Cs"]),
    min_size=1,
    max_size=8,
).filter(lambda region: region.strip() == region and region != "")
regions = st.sampled_from(["North", "north", "South", "Zürich", "東京", "A B"]) | region_text
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
# Every amount and total under a billion euros: at most 10 sales of at most 10**9 cents.
cents = st.sampled_from([0, 1, -1, 5, -5, 50, 100, -100, 99, 1250, -300, 101]) | st.integers(
    min_value=-(10**9), max_value=10**9
)
sales_data = st.lists(st.tuples(days, regions, cents), max_size=6)


def amount_forms(value: int) -> list[str]:
    """Every way the contract allows to write these cents: "12", "12.5", "12.50", "+12.50"."""
    euros, rest = divmod(abs(value), 100)
    forms = [f"{euros}.{rest:02d}"]
    if rest % 10 == 0:
        forms.append(f"{euros}.{rest // 10}")
    if rest == 0:
        forms.append(f"{euros}")
    if value < 0:
        return ["-" + form for form in forms]
    return forms + ["+" + form for form in forms]


# Spaces around the three fields of a line.
PADDING = [("", "", "", "", "", ""), (" ", "", "", " ", " ", ""), ("", " ", "  ", "", "\t", " ")]
PADDING += [(" ", " ", " ", " ", " ", " ")]


@st.composite
def sale_lines(draw: st.DrawFn, sale: tuple[date, str, int]) -> str:
    day, region, value = sale
    fields = [day.isoformat(), region, draw(st.sampled_from(amount_forms(value)))]
    pads = draw(st.sampled_from(PADDING))
    return ",".join(pads[2 * i] + field + pads[2 * i + 1] for i, field in enumerate(fields))


@st.composite
def files(draw: st.DrawFn, sales=sales_data, bad: bool = False):
    """A sales file: any header, blank lines, \\n or \\r\\n endings, and perhaps bad lines."""
    lines = [draw(st.sampled_from(["date,region,amount", "Date, Region, Amount (EUR)", ""]))]
    for sale in draw(sales):
        blank = draw(st.sampled_from([None, None, None, "", " ", "\t "]))
        if blank is not None:
            lines.append(blank)
        lines.append(draw(sale_lines(sale)))
    if bad:
        for _ in range(draw(st.integers(1, 2))):
            lines.insert(draw(st.integers(1, len(lines))), draw(bad_lines))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return newline.join(lines) + draw(st.sampled_from(["", newline]))


bad_amounts = st.sampled_from(["", "abc", "12.345", "1.2.3", "nan", "inf", "1e3", "--3", "12 50"])
bad_amounts |= st.sampled_from(["€12", "12,50", "0x10", "1_000", "-", "+"])
bad_days = st.sampled_from(["2024-13-01", "2024-02-30", "yesterday", "", "June 3"])
bad_lines = st.one_of(
    st.builds(lambda a: f"2024-06-03,North,{a}", bad_amounts),
    st.builds(lambda d: f"{d},North,12.50", bad_days),
    st.sampled_from(["2024-06-03,,12.50", "2024-06-03, ,12.50", "2024-06-03,12.50"]),
    st.sampled_from(["2024-06-03,North,12.50,extra", "just some text", ",,"]),
)


def plain_sales(sales):
    """Sale records as plain values, with the type of the cents: 1250.0 is not 1250 cents."""
    return [(s.day, s.region, type(s.cents).__name__, s.cents) for s in sales]


def parsed(parse_sales, error_class, text):
    try:
        return "sales", plain_sales(parse_sales(text))
    except error_class as error:
        message = str(error)
        prefix = f"line {error.line_number}: "
        return {
            "error": "SalesFileError",
            "a ValueError": isinstance(error, ValueError),
            "line_number": error.line_number,
            "message starts with": message[: len(prefix)]
            if message.startswith(prefix)
            else message,
            "says what is wrong": len(message) > len(prefix),
        }


@contextlib.contextmanager
def no_io():
    """print() and open() fail, inside the function under test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a pure function printed or opened a file")

    with mock.patch.object(builtins, "print", refuse), mock.patch.object(builtins, "open", refuse):
        yield


@kata_settings
@given(text=files())
@example(text="date,region,amount\n2024-06-03,North,+4\n2024-06-03,North,-0.5\n")
@example(text="date,region,amount\r\n2024-06-03 , Zürich , 12.5\r\n\r\n")
@example(text="")  # an empty file has no header and no sales
@example(text="date,region,amount")
def test_parse_reads_every_file_the_contract_allows(reference, text):
    want = parsed(reference.parse_sales, reference.SalesFileError, text)
    with no_io():
        got = parsed(sales_report.parse_sales, sales_report.SalesFileError, text)
    assert_same(got, want, text=text)


@kata_settings
@given(text=files(bad=True))
@example(text="date,region,amount\n2024-06-03,North,12.345\n")
@example(text="date,region,amount\n2024-06-03,North,nan\n")
@example(text="date,region,amount\n2024-06-03,North,inf\n")
@example(text="date,region,amount\n2024-06-03,North,1e3\n")
@example(text="date,region,amount\n2024-06-03, ,12.50\n")
@example(text="date,region,amount\n\n\n2024-06-03,North,12.50,extra\n2024-06-03,North,x\n")
@example(text="2024-06-03,North,1\r\n2024-06-03,North,\r\n")
def test_a_bad_line_raises_an_error_that_names_it(reference, text):
    want = parsed(reference.parse_sales, reference.SalesFileError, text)
    with no_io():
        got = parsed(sales_report.parse_sales, sales_report.SalesFileError, text)
    assert_same(got, want, text=text)


def figures(summary):
    """A Summary as plain values, types included."""
    fields = ["sales", "total_cents", "by_region", "first_day", "last_day"]
    values = {name: getattr(summary, name) for name in fields}
    values["by_region"] = sorted(values["by_region"].items())
    values["types"] = [type(value).__name__ for value in values.values()]
    return values


containers = st.sampled_from(["list", "tuple", "generator"])


def as_container(sales, kind):
    if kind == "generator":
        return (sale for sale in sales)
    return tuple(sales) if kind == "tuple" else list(sales)


# Regions straight from records may hold anything a str holds: commas, line breaks, spaces.
record_regions = regions | st.text(max_size=6)


records = st.lists(st.tuples(days, record_regions, cents), max_size=10)


@kata_settings
@given(data=records, kind=containers, later=records)
@example(data=[(date(2024, 1, 9), "North, East", 0)], kind="generator", later=[])
@example(data=[(date(2024, 1, 9), "N", 5), (date(2024, 1, 2), "N", -5)], kind="generator", later=[])
@example(data=[(date(2024, 1, 9), "n", 5), (date(2024, 1, 9), "N", 5)], kind="tuple", later=[])
@example(
    data=[(date(2024, 1, 9), "N", 5), (date(2024, 3, 1), "S", 1), (date(2024, 2, 1), "N", 1)],
    kind="list",
    later=[],
)
@example(  # a summary keeps its figures when the next one is made
    data=[(date(2024, 1, 1), "North", 100)], kind="list", later=[(date(2024, 1, 1), "South", 5)]
)
def test_summarize_is_a_pure_function_of_the_records(reference, data, kind, later):
    sales = [sales_report.Sale(*row) for row in data]
    kept = list(sales)
    want = figures(reference.summarize(reference.Sale(*row) for row in data))
    with no_io():
        summary = sales_report.summarize(as_container(sales, kind))
        got = figures(summary)
        next_summary = sales_report.summarize([sales_report.Sale(*row) for row in later])
    assert_same(got, want, sales=data, given_as=kind)
    assert_same(sales, kept, sales=data, note="the records were changed")
    want_next = figures(reference.summarize(reference.Sale(*row) for row in later))
    both = {"first summary": figures(summary), "next summary": figures(next_summary)}
    assert_same(both, {"first summary": want, "next summary": want_next}, sales=data, then=later)


@st.composite
def summaries(draw: st.DrawFn):
    """A Summary as summarize() would make it, with ties and negative totals."""
    rows = draw(
        st.lists(st.tuples(days, record_regions, cents | st.sampled_from([0, 7, -7])), max_size=8)
    )
    by_region: dict[str, int] = {}
    for _, region, value in rows:
        by_region[region] = by_region.get(region, 0) + value
    all_days = [day for day, _, _ in rows]
    return (
        len(rows),
        sum(value for _, _, value in rows),
        by_region,
        min(all_days, default=None),
        max(all_days, default=None),
    )


@kata_settings
@given(fields=summaries())
@example(fields=(1, -5, {"West": -5}, date(2024, 6, 1), date(2024, 6, 1)))
@example(fields=(2, 0, {"West": 7, "East": -7}, date(2024, 6, 1), date(2024, 6, 2)))
@example(fields=(2, 14, {"b": 7, "a": 7}, date(2024, 6, 1), date(2024, 6, 2)))
@example(fields=(2, 14, {"b": 7, "B": 7}, date(2024, 6, 1), date(2024, 6, 2)))
@example(fields=(1, 100000, {"Big": 100000}, date(2024, 6, 1), date(2024, 6, 1)))
@example(fields=(1, -99, {"W": -99}, date(2024, 6, 1), date(2024, 6, 1)))
def test_render_is_the_text_of_any_summary(reference, fields):
    want = reference.render(reference.Summary(*fields))
    with no_io():
        got = sales_report.render(sales_report.Summary(*fields))
    assert_same(got, want, summary=fields)


@kata_settings
@given(text=files())
@example(text="date,region,amount\n2024-06-03,b,1\n2024-06-03,a,1\n2024-06-03,B,2\n")
@example(text="date,region,amount\n2024-06-03,North,0.29\n2024-06-04,North,-0.29\n")
def test_every_good_file_prints_what_legacy_printed(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sales.csv"
        path.write_bytes(text.encode("utf-8"))
        with contextlib.redirect_stdout(io.StringIO()) as before:
            legacy.print_sales_report(str(path))
        with contextlib.redirect_stdout(io.StringIO()) as after:
            sales_report.print_sales_report(str(path))
    assert_same(after.getvalue(), before.getvalue(), file=text)
