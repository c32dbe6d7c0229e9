import copy
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import shop


class RecordingGateway:
    """A payment gateway that writes down each charge, with the amount's type."""

    def __init__(self) -> None:
        self.charges: list[tuple[object, str, object]] = []

    def charge(self, customer_id: int, amount_cents: int) -> None:
        self.charges.append((customer_id, type(amount_cents).__name__, amount_cents))


skus = st.sampled_from(["SENCHA", "MATCHA", "OOLONG"]) | st.text(max_size=4)
counts = st.integers(0, 12) | st.integers(0, 10**12)
quantities = st.integers(1, 12) | st.integers(1, 10**12)
stocks = st.dictionaries(skus, counts, max_size=4)
# Emails match exactly: case and spaces make another customer.
emails = st.sampled_from(["ana@example.com", "Ana@example.com", " ana@example.com", "bo@x.com"])
emails |= st.text(max_size=5)


@st.composite
def customer_tables(draw: st.DrawFn) -> dict[str, shop.Customer]:
    """Customers as the shop stores them: ids 1, 2, 3... in the order they were added."""
    known = draw(st.lists(emails, unique=True, max_size=4))
    return {email: {"id": n, "email": email} for n, email in enumerate(known, start=1)}


@st.composite
def carts(
    draw: st.DrawFn,
    sku_choices: st.SearchStrategy[str] = skus,
    email_choices: st.SearchStrategy[str] = emails,
) -> shop.Cart:
    lines = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "sku": sku_choices,
                    "quantity": st.integers(1, 3) | st.integers(1, 1000),
                    "unit_cents": st.sampled_from([0, 1, 29, 99, 100, 625])
                    | st.integers(0, 1_000_000),
                }
            ),
            min_size=1,
            max_size=4,
            unique_by=lambda line: line["sku"],
        )
    )
    return {"email": draw(email_choices), "lines": lines}


def outcome(call: Any, *args: Any) -> tuple[str, ...]:
    """What a caller sees: the value with its type, or the exception with its arguments."""
    try:
        value = call(*args)
    except Exception as error:  # the outcome is compared, so any exception shows
        return "raised", type(error).__name__, repr(error.args)
    return "returned", type(value).__name__, repr(value)


def state(stock: dict[str, int], customers: dict[str, shop.Customer]) -> dict[str, object]:
    """The shop's state, in order: a key added, removed or moved shows."""
    return {"stock": list(stock.items()), "customers": [(e, c) for e, c in customers.items()]}


def assert_same_steps(got: list[Any], want: list[Any], **inputs: Any) -> None:
    """Compare two runs step by step: the summary shows the first step that differs."""
    for step, (mine, theirs) in enumerate(zip(got, want, strict=True), start=1):
        assert_same(mine, theirs, step=step, **inputs)


ANA = {"id": 1, "email": "ana@example.com"}


# -- questions change nothing, and asking twice gives the same answer --------------------


@kata_settings
@given(stock=stocks, sku=skus, quantity=quantities)
@example(stock={"SENCHA": 3}, sku="SENCHA", quantity=3)  # exactly enough is enough
@example(stock={"SENCHA": 3}, sku="SENCHA", quantity=1)  # asked three times: still there
@example(stock={}, sku="MATCHA", quantity=1)  # not a key: 0 units, and no key appears
def test_stock_questions_change_nothing(reference, stock, sku, quantity):
    def ask(module: Any) -> list[object]:
        mine, answers = copy.deepcopy(stock), []
        for _ in range(3):
            answers.append(("is_in_stock", outcome(module.is_in_stock, mine, sku, quantity)))
            answers.append(("product_badge", outcome(module.product_badge, mine, sku)))
            answers.append(("the stock after it", state(mine, {})["stock"]))
        return answers

    assert_same_steps(ask(shop), ask(reference), stock=stock, sku=sku, quantity=quantity)


@kata_settings
@given(customers=customer_tables(), email=emails)
@example(customers={}, email="ana@example.com")  # nobody yet: None, and nobody added
@example(customers={"ana@example.com": ANA}, email="Ana@example.com")  # exact match only
def test_customer_questions_change_nothing(reference, customers, email):
    def ask(module: Any) -> list[object]:
        mine, answers = copy.deepcopy(customers), []
        for _ in range(3):
            answers.append(("find_customer", outcome(module.find_customer, mine, email)))
            answers.append(("has_account", outcome(module.has_account, mine, email)))
            answers.append(("the customers after it", state({}, mine)["customers"]))
        return answers

    assert_same_steps(ask(shop), ask(reference), customers=customers, email=email)


# -- commands do what they say, and only that -------------------------------------------


@kata_settings
@given(stock=stocks, reserves=st.lists(st.tuples(skus, quantities), min_size=1, max_size=5))
@example(stock={"SENCHA": 3}, reserves=[("SENCHA", 3), ("SENCHA", 1)])  # to 0, key kept
@example(stock={"SENCHA": 1}, reserves=[("SENCHA", 2)])  # short: raises, nothing taken
@example(stock={}, reserves=[("MATCHA", 1)])  # not a key: short, and no key appears
def test_reserve_takes_units_or_raises_and_takes_nothing(reference, stock, reserves):
    def run(module: Any) -> list[object]:
        mine = copy.deepcopy(stock)
        return [(outcome(module.reserve, mine, *args), state(mine, {})) for args in reserves]

    assert_same_steps(run(shop), run(reference), stock=stock, reserves=reserves)


@kata_settings
@given(customers=customer_tables(), asked=st.lists(emails, min_size=1, max_size=5))
@example(customers={}, asked=["bo@example.com", "bo@example.com", "ana@example.com"])
@example(customers={"ana@example.com": ANA}, asked=["bo@example.com"])  # bo is number 2
def test_get_or_create_adds_each_new_customer_once(reference, customers, asked):
    def run(module: Any) -> list[object]:
        mine = copy.deepcopy(customers)
        return [
            (outcome(module.get_or_create_customer, mine, email), state({}, mine))
            for email in asked
        ]

    assert_same_steps(run(shop), run(reference), customers=customers, asked=asked)


@kata_settings
@given(cart=carts())
@example(cart={"email": "a@b", "lines": [{"sku": "SENCHA", "quantity": 1, "unit_cents": 29}]})
def test_total_cents_is_an_int_of_cents(reference, cart):
    before = copy.deepcopy(cart)
    got = outcome(shop.total_cents, cart)
    assert_same(got, outcome(reference.total_cents, copy.deepcopy(before)), cart=before)
    assert_same(cart, before, cart=before)


# -- the callers that trusted the names ----------------------------------------------------


@st.composite
def shop_days(draw: st.DrawFn) -> tuple[dict[str, int], dict[str, shop.Customer], list[Any]]:
    """A shop's stock and customers, and what happens during a day, in order."""
    stock, customers = draw(stocks), draw(customer_tables())
    # Mostly teas the shop has and customers it knows, so that checkouts go through.
    on_shelf = st.sampled_from(sorted(stock)) | skus if stock else skus
    known = st.sampled_from(sorted(customers)) | emails if customers else emails
    event = st.one_of(
        st.tuples(st.just("checkout"), carts(on_shelf, known)),
        st.tuples(st.just("badge"), on_shelf),
        st.tuples(st.just("has_account"), known),
    )
    return stock, customers, draw(st.lists(event, min_size=1, max_size=5))


def replay(module: Any, stock: Any, customers: Any, events: list[Any]) -> list[object]:
    stock, customers, gateway = copy.deepcopy(stock), copy.deepcopy(customers), RecordingGateway()
    trace = []
    for name, argument in events:
        if name == "checkout":
            cart = copy.deepcopy(argument)
            seen = outcome(module.checkout, cart, stock, customers, gateway)
            if cart != argument:
                seen += ("the cart was changed",)
        elif name == "badge":
            seen = outcome(module.product_badge, stock, argument)
        else:
            seen = outcome(module.has_account, customers, argument)
        after = state(stock, customers)
        trace.append((f"{name} {argument!r}", seen))
        trace.append(("the charges so far", list(gateway.charges)))
        trace.append(("the stock after it", after["stock"]))
        trace.append(("the customers after it", after["customers"]))
    return trace


SENCHA = {"sku": "SENCHA", "quantity": 2, "unit_cents": 625}
MATCHA = {"sku": "MATCHA", "quantity": 1, "unit_cents": 1800}


def cart_of(*lines: dict[str, Any], email: str = "a@b") -> shop.Cart:
    return {"email": email, "lines": [dict(line) for line in lines]}


@kata_settings
@given(day=shop_days())
@example(day=({"SENCHA": 2}, {}, [("badge", "SENCHA"), ("checkout", cart_of(SENCHA))]))
@example(day=({"SENCHA": 2}, {}, [("badge", "SENCHA"), ("checkout", cart_of(SENCHA))] * 2))
@example(
    day=({"SENCHA": 1, "MATCHA": 0}, {}, [("checkout", cart_of(SENCHA, MATCHA))])
)  # first short
@example(day=({"SENCHA": 5}, {}, [("checkout", cart_of(SENCHA, MATCHA))]))  # MATCHA short
@example(
    day=({"SENCHA": 2, "MATCHA": 1}, {}, [("checkout", cart_of(SENCHA, MATCHA))])
)  # one charge
@example(
    day=(
        {"SENCHA": 9},
        {"ana@example.com": {"id": 1, "email": "ana@example.com"}},
        [("checkout", cart_of(SENCHA, email="bo@x.com"))] * 2,  # bo is added once, as 2
    )
)
@example(
    day=(
        {"SENCHA": 1, "OOLONG": 1},
        {},
        [("checkout", cart_of({**SENCHA, "unit_cents": 29, "quantity": 1}))],  # 29 cents
    )
)
@example(
    day=(
        {"X": 1},
        {},
        [("checkout", cart_of({"sku": "X", "quantity": 1, "unit_cents": 5}))],  # "0.05 EUR"
    )
)
@example(
    day=(
        {"SENCHA": 5, "MATCHA": 0},
        {"a@b": {"id": 1, "email": "a@b"}},
        [("checkout", {"email": "c@d", "lines": [SENCHA, MATCHA]}), ("has_account", "c@d")],
    )
)
def test_a_day_at_the_shop(reference, day):
    stock, customers, events = day
    assert_same_steps(
        replay(shop, stock, customers, events),
        replay(reference, stock, customers, events),
        stock=stock,
        customers=customers,
        events=events,
    )
