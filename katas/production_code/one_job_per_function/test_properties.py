import copy

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import checkout, legacy

EU = ["NL", "BE", "DE", "FR"]
countries = st.sampled_from([*EU, "US", "CH", "nl", "", "XX"]) | st.text(max_size=3)
# What JSON can hold, for the values an item or a coupon may have by mistake.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=2), inner),
    max_leaves=3,
)
skus = st.text(min_size=1, max_size=8) | st.sampled_from(["", " "]) | json_values
near = st.sampled_from([0, 1, 2, 9, 10, 11, 19, 20, 99, 100, 101])
quantities = st.integers(min_value=1) | near.filter(bool)
bad_quantities = st.sampled_from([0, -1, True, False, 2.0, 10.0, "2", None]) | json_values
unit_prices = st.integers(min_value=0) | near | st.integers(min_value=0, max_value=2000)
bad_unit_prices = st.sampled_from([-1, -100, True, False, 9.5, 0.0, "100", None]) | json_values
coupons = st.sampled_from([None, "SAVE10", "FLAT5"])
bad_coupons = st.sampled_from(["", "save10", "SAVE10 ", "FLAT50", 0, False, 10]) | json_values
# Amounts around the thresholds the rules have, and any others.
thresholds = st.sampled_from([0, 1, 499, 500, 501, 4999, 5000, 5001, 9999, 10000, 10001])
amounts = thresholds | st.integers(min_value=0) | st.integers(min_value=0, max_value=20000)


@st.composite
def items(draw: st.DrawFn, valid: bool = False) -> dict[str, object]:
    """An item: mostly good, and when not, wrong in one field or more."""
    sku = draw(st.text(min_size=1, max_size=8) if valid else skus)
    good = valid or draw(st.booleans())
    quantity = draw(quantities if good or draw(st.booleans()) else bad_quantities)
    unit = draw(unit_prices if good or draw(st.booleans()) else bad_unit_prices)
    return {"sku": sku, "quantity": quantity, "unit_cents": unit}


@st.composite
def orders(draw: st.DrawFn) -> dict[str, object]:
    valid = draw(st.booleans())
    order: dict[str, object] = {"country": draw(countries)}
    if draw(st.booleans()):
        order["coupon"] = draw(coupons if valid or draw(st.booleans()) else bad_coupons)
    order["items"] = draw(st.lists(items(valid=valid), min_size=0 if not valid else 1, max_size=5))
    return order


def order_of(country, lines, **coupon):
    """An order from (sku, quantity, unit_cents) lines; coupon="..." adds a coupon."""
    items = [{"sku": s, "quantity": q, "unit_cents": u} for s, q, u in lines]
    return {"country": country, **coupon, "items": items}


def outcome(function, *args):
    """What a call gives back, types included, or the error it raises and its message."""
    try:
        result = function(*args)
    except Exception as error:  # which error, and its message, is the contract
        return "raises", type(error).__name__, str(error)
    if isinstance(result, dict):
        return "returns", {key: (type(value).__name__, value) for key, value in result.items()}
    return "returns", type(result).__name__, result


@kata_settings
@given(number=st.integers(min_value=1, max_value=10**6), item=items())
@example(number=1, item={"sku": "MUG-1", "quantity": True, "unit_cents": 100})
@example(number=4, item={"sku": "", "quantity": 0, "unit_cents": -1})
@example(number=2, item={"sku": "MUG-1", "quantity": 0, "unit_cents": 9.5})
@example(number=1, item={"sku": "MUG-1", "quantity": 2, "unit_cents": False})
@example(number=1, item={"sku": 7, "quantity": 2, "unit_cents": 100})
def test_check_item_names_the_first_problem(reference, number, item):
    before = copy.deepcopy(item)
    got = outcome(checkout.check_item, number, item)
    assert_same(got, outcome(reference.check_item, number, item), number=number, item=before)
    assert_same(repr(item), repr(before), item=before, note="the item was changed")


@kata_settings
@given(quantity=quantities, unit_cents=unit_prices)
@example(quantity=10, unit_cents=1)
@example(quantity=10, unit_cents=999)
@example(quantity=11, unit_cents=3)
def test_line_cents(reference, quantity, unit_cents):
    got = outcome(checkout.line_cents, quantity, unit_cents)
    want = outcome(reference.line_cents, quantity, unit_cents)
    assert_same(got, want, quantity=quantity, unit_cents=unit_cents)


@kata_settings
@given(subtotal=amounts, coupon=coupons | bad_coupons)
@example(subtotal=4999, coupon="")
@example(subtotal=0, coupon="FLAT5")
@example(subtotal=499, coupon="SAVE10")
def test_coupon_discount(reference, subtotal, coupon):
    got = outcome(checkout.coupon_discount, subtotal, coupon)
    want = outcome(reference.coupon_discount, subtotal, coupon)
    assert_same(got, want, subtotal=subtotal, coupon=coupon)


@kata_settings
@given(country=countries, goods=amounts)
@example(country="BE", goods=9999)
@example(country="nl", goods=100)
def test_shipping_cents(reference, country, goods):
    got = outcome(checkout.shipping_cents, country, goods)
    want = outcome(reference.shipping_cents, country, goods)
    assert_same(got, want, country=country, goods=goods)


@kata_settings
@given(country=countries, amount=amounts)
@example(country="NL", amount=50)  # 10.5 cents
@example(country="BE", amount=7)  # 1.47 cents
def test_vat_cents(reference, country, amount):
    got = outcome(checkout.vat_cents, country, amount)
    want = outcome(reference.vat_cents, country, amount)
    assert_same(got, want, country=country, amount=amount)


@kata_settings
@given(order=orders())
@example(order=order_of("NL", [("A", 1, 100)], coupon=""))  # an empty coupon is unknown
@example(order=order_of("NL", [("A", 1, 5000)], coupon="SAVE10"))  # shipping after the discount
@example(order=order_of("DE", [("A", 1, 100)]))  # VAT on the shipping too
@example(order=order_of("DE", [("A", 0, 1)], coupon="NOPE"))  # the items are checked first
@example(order=order_of("FR", [("A", 1, 1), ("B", -1, 1)]))  # items are numbered from 1
def test_every_order_costs_what_legacy_charged(order):
    before = copy.deepcopy(order)
    got = outcome(checkout.price_order, order)
    assert_same(got, outcome(legacy.price_order, copy.deepcopy(before)), order=before)
    assert_same(repr(order), repr(before), order=before, note="the order was changed")
