from types import ModuleType

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import order

customers = st.sampled_from(["ana", "bo", "cy"])
# The shop's currencies, and codes it does not take (some of them look right).
currencies = st.sampled_from(["EUR", "USD", "GBP", "eur", "JPY", "EURO", ""])
skus = st.sampled_from(["apple", "pear", "fig"])
lines = st.lists(st.tuples(skus, st.integers(-3, 3)), max_size=3)
good_lines = st.lists(st.tuples(skus, st.integers(1, 3)), max_size=2)


def make(module: ModuleType, customer: str, currency: str, lines: list) -> object:
    """What making the order gives: its fields, or "ValueError"."""
    try:
        made = module.Order(customer, currency, list(lines))
    except ValueError:
        return "ValueError"
    return {"customer": made.customer, "currency": made.currency, "lines": made.lines}


@kata_settings
@given(customer=customers, currency=currencies, lines=lines)
@example(customer="ana", currency="JPY", lines=[])  # three letters, not taken
@example(customer="ana", currency="EUR", lines=[("apple", -1)])  # -1 is truthy
def test_the_rules_are_checked_when_an_order_is_made(reference, customer, currency, lines):
    got = make(order, customer, currency, lines)
    want = make(reference, customer, currency, lines)
    assert_same(got, want, customer=customer, currency=currency, lines=lines)


def replay(module: ModuleType, made: list, adds: list) -> list:
    """Make the orders (some without lines), add to them, return every order's lines."""
    orders = [
        module.Order(customer) if given is None else module.Order(customer, "EUR", list(given))
        for customer, given in made
    ]
    for which, sku, quantity in adds:
        orders[which % len(orders)].add(sku, quantity)
    return [placed.lines for placed in orders]


@kata_settings
@given(
    made=st.lists(st.tuples(customers, st.none() | good_lines), min_size=1, max_size=3),
    adds=st.lists(st.tuples(st.integers(0, 2), skus, st.integers(1, 3)), max_size=6),
)
def test_orders_never_share_their_lines(reference, made, adds):
    got = replay(order, made, adds)
    want = replay(reference, made, adds)
    assert_same(got, want, orders=made, adds=adds)
