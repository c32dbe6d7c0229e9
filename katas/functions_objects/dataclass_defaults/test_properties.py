import copy
from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import order

customers = st.sampled_from(["ana", "bo"]) | st.text()
# The shop's currencies, codes it does not take (some of them look right), any text.
currencies = st.sampled_from(
    ["EUR", "USD", "GBP", "eur", "Eur", "JPY", "EURO", "EUR ", "\uff25\uff35\uff32", ""]
) | st.text(max_size=4)
skus = st.sampled_from(["apple", "pear"]) | st.text()
quantities = st.sampled_from([-1, 0, 1, 2]) | st.integers()
lines = st.lists(st.tuples(skus, quantities), max_size=5)
good_lines = st.lists(st.tuples(skus, st.integers(1, 10**6)), max_size=4)


def make(module: ModuleType, customer: str, currency: str | None, lines: list | None) -> object:
    """What making the order gives: its fields, or "ValueError". None: left out."""
    given = {} if currency is None else {"currency": currency}
    if lines is not None:
        given["lines"] = lines
    try:
        made = module.Order(customer, **given)
    except ValueError:
        return "ValueError"
    return {"customer": made.customer, "currency": made.currency, "lines": made.lines}


@kata_settings
@given(customer=customers, currency=st.none() | currencies, lines=st.none() | lines)
@example(customer="ana", currency="JPY", lines=[])  # three letters, not taken
@example(customer="ana", currency="EUR", lines=[("apple", -1)])  # -1 is truthy
@example(customer="ana", currency="EUR", lines=[("apple", 1), ("pear", 0)])  # the second line
def test_the_rules_are_checked_when_an_order_is_made(reference, customer, currency, lines):
    passed = copy.deepcopy(lines)
    got = make(order, customer, currency, passed)
    want = make(reference, customer, currency, copy.deepcopy(lines))
    assert_same(got, want, customer=customer, currency=currency, lines=lines)
    assert_same(passed, lines, what="the caller's list after Order(..., lines=it)")


def replay(module: ModuleType, given: list[list], made: list, adds: list) -> list:
    """Make the orders, each without lines or from one of the caller's `given` lists
    (the very list: two orders may be made from one), add to them (some adds are
    refused), and report what happened, every order's lines, and the caller's lists."""
    given = copy.deepcopy(given)
    orders = [
        module.Order(customer) if which is None else module.Order(customer, "EUR", given[which])
        for customer, which in made
    ]
    seen = []
    for which, sku, quantity in adds:
        try:
            orders[which % len(orders)].add(sku, quantity)
            seen.append("added")
        except ValueError:
            seen.append("ValueError")
    return [seen, [placed.lines for placed in orders], given]


@kata_settings
@given(
    given=st.lists(good_lines, min_size=1, max_size=2),
    made=st.lists(st.tuples(customers, st.none() | st.integers(0, 1)), min_size=1, max_size=4),
    adds=st.lists(st.tuples(st.integers(0, 3), skus, quantities), max_size=8),
)
@example(given=[[("pear", 1)]], made=[("a", 0), ("b", 0)], adds=[(0, "fig", 1)])  # one list
@example(given=[[]], made=[("a", None), ("b", None)], adds=[(0, "fig", 1)])  # the default
def test_orders_never_share_their_lines(reference, given, made, adds):
    made = [(customer, None if which is None else which % len(given)) for customer, which in made]
    got = replay(order, given, made, adds)
    want = replay(reference, given, made, adds)
    assert_same(got, want, callers_lists=given, orders=made, adds=adds)
