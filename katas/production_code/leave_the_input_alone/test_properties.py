import copy
from collections.abc import Callable
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .report import sales_report

regions = st.sampled_from(["north", "south", "east", "west"]) | st.text(max_size=3)
# Small amounts tie often; zero is not a refund; big ones are still ints.
amounts = st.integers(-5, 5) | st.integers(-(10**12), 10**12)
sales_tables = st.lists(
    st.fixed_dictionaries({"region": regions, "amount_cents": amounts}), max_size=8
)
option_sets = st.fixed_dictionaries(
    {},
    optional={
        "currency": st.sampled_from(["EUR", "USD", ""]) | st.text(max_size=3),
        "top": st.integers(0, 4) | st.integers(0, 20),
        "columns": st.lists(st.sampled_from(["region", "amount"]), max_size=2),  # ignored
        "title": st.text(max_size=3),  # ignored
    },
)


def seen(report: object) -> object:
    """A report as the dashboard reads it: the region order counts, so it is spelled out."""
    if not isinstance(report, dict):
        return f"a {type(report).__name__}, not a dict"
    shown = dict(report)
    if isinstance(shown.get("by_region"), dict):
        shown["by_region"] = list(shown["by_region"].items())
    return shown


def as_given(sales: list[Any], options: dict[str, Any]) -> object:
    """The arguments exactly: list order, each sale's keys in order, the options' keys."""
    return {
        "sales": [list(sale.items()) if isinstance(sale, dict) else sale for sale in sales],
        "options": list(options.items()),
    }


def outcome(build: Callable[..., object], sales: list[Any], options: dict[str, Any]) -> object:
    try:
        return seen(build(sales, options))
    except Exception as error:  # a crash is an answer the summary shows
        return f"raised {type(error).__name__}: {error}"


def scribble(value: object) -> None:
    """What a careless caller does to a report it was given: changes everything in it."""
    if isinstance(value, dict):
        for item in list(value.values()):
            scribble(item)
        value["scribbled"] = True
    elif isinstance(value, list):
        for item in list(value):
            scribble(item)
        value.append("scribbled")


@kata_settings
@given(sales=sales_tables, options=option_sets)
@example(sales=[{"region": "n", "amount_cents": n} for n in (1, 1, 2, 1)], options={})  # top 3
@example(sales=[{"region": "n", "amount_cents": 0}], options={})  # zero is not a refund
@example(
    sales=[{"region": "a", "amount_cents": 1}, {"region": "b", "amount_cents": 1}],
    options={"top": 1},
)  # a tie keeps the table's order
@example(sales=[], options={"top": 0, "currency": "USD"})
def test_the_report_says_what_the_docstring_says(reference, sales, options):
    expected = outcome(reference.sales_report, copy.deepcopy(sales), copy.deepcopy(options))
    got = outcome(sales_report, copy.deepcopy(sales), copy.deepcopy(options))
    assert_same(got, expected, sales=sales, options=options)


@kata_settings
@given(sales=sales_tables, options=option_sets)
@example(sales=[{"region": "n", "amount_cents": 1}, {"region": "s", "amount_cents": 2}], options={})
@example(sales=[{"region": "n", "amount_cents": 2}], options={"top": 1, "currency": "USD"})
@example(sales=[], options={"columns": ["region"]})
def test_the_arguments_are_left_as_they_were(sales, options):
    mine_sales, mine_options = copy.deepcopy(sales), copy.deepcopy(options)
    outcome(sales_report, mine_sales, mine_options)
    after, before = as_given(mine_sales, mine_options), as_given(sales, options)
    assert_same(after, before, sales=sales, options=options)


sales = st.fixed_dictionaries({"region": regions, "amount_cents": amounts})


@st.composite
def dashboard_sessions(draw: st.DrawFn) -> tuple[list[Any], list[tuple[Any, ...]]]:
    """A few tables and option sets, and what the dashboard does with them, in order:
    ask for a report (the same arguments again, often), or edit a table or its options
    in place between two reports."""
    arguments = draw(st.lists(st.tuples(sales_tables, option_sets), min_size=1, max_size=3))
    index = st.integers(0, len(arguments) - 1)
    step = st.one_of(
        st.tuples(st.just("report"), index),
        st.tuples(st.just("report"), index),
        st.tuples(st.just("add a sale"), index, sales),
        st.tuples(st.just("set top"), index, st.integers(0, 4)),
    )
    return arguments, draw(st.lists(step, min_size=2, max_size=6))


def session(build: Callable[..., object], arguments: list[Any], steps: list[Any]) -> list[Any]:
    """Run the steps; scribble on every second report, as soon as it arrives.

    What it returns, one labelled observation after another: each report as it
    arrived, each report left alone as it is at the end (later calls must not change
    it), and the arguments at the end.
    """
    mine = copy.deepcopy(arguments)
    arrived, kept = [], []
    for action, index, *value in steps:
        sales, options = mine[index]
        if action == "add a sale":
            sales.append(dict(value[0]))
            continue
        if action == "set top":
            options["top"] = value[0]
            continue
        try:
            report = build(sales, options)
        except Exception as error:  # a crash is an answer the summary shows
            report = f"raised {type(error).__name__}: {error}"
        arrived.append((f"report {len(arrived) + 1}, as it arrived", seen(copy.deepcopy(report))))
        if len(arrived) % 2:
            kept.append((f"report {len(arrived)}, left alone, at the end", report))
        else:
            scribble(report)
    at_the_end = [(label, seen(report)) for label, report in kept]
    given = [
        (f"table {n} and its options, at the end", as_given(*pair)) for n, pair in enumerate(mine)
    ]
    return arrived + at_the_end + given


# (A sale given twice is two dicts: a table never holds one dict twice.)
NORTH, REFUND = {"region": "n", "amount_cents": 1}, {"region": "n", "amount_cents": -1}
ASK, ASK_2ND = ("report", 0), ("report", 1)


@kata_settings
@given(case=dashboard_sessions())
@example(case=([([REFUND], {})], [ASK, ASK]))  # one refunds list for every report?
@example(case=([([NORTH], {"top": 1, "currency": "USD"})], [ASK, ASK]))  # options popped?
@example(case=([([NORTH], {}), ([], {})], [ASK, ASK_2ND, ASK]))
@example(case=([([], {}), ([REFUND], {})], [ASK, ASK_2ND]))
@example(case=([([NORTH], {})], [ASK, ("add a sale", 0, REFUND), ASK]))  # a stale report?
@example(case=([([NORTH, dict(NORTH)], {})], [ASK, ("set top", 0, 1), ASK]))
@example(case=([([REFUND, dict(REFUND)], {})], [ASK]))  # one entry per refund
def test_reports_are_new_and_independent(reference, case):
    arguments, steps = case
    got = session(sales_report, arguments, steps)
    expected = session(reference.sales_report, arguments, steps)
    for mine, theirs in zip(got, expected, strict=True):  # the first difference is shown
        assert_same(mine, theirs, arguments=arguments, steps=steps)
