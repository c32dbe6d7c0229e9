import copy
import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from . import order_api as learner

BIG = 2**70
# Field name -> wire name, for the order and for a line item.
ORDER = {
    "order_id": "orderId",
    "customer_email": "customerEmail",
    "items": "items",
    "gift_note": "giftNote",
    "placed_at": "placedAt",
}
ITEM = {"sku": "sku", "quantity": "quantity", "unit_price_cents": "unitPriceCents"}
MISSING = "<missing>"

# -- good values ---------------------------------------------------------------
no_space_or_at = st.characters(blacklist_categories=("Cs",)).filter(
    lambda c: c != "@" and not c.isspace()
)
word = st.text(no_space_or_at, min_size=1, max_size=6)
padding = st.sampled_from(["", " ", "  ", "\t", "\n", "\u3000", " \u00a0"])
emails = st.builds(
    lambda left, local, domain, right: left + local + "@" + domain + right,
    padding,
    word | st.sampled_from(["Ada", "ADA.LOVELACE", "o'brien"]),
    word | st.sampled_from(["Example.COM", "mail.example.org"]),
    padding,
)
skus = st.from_regex(r"[A-Z0-9-]{1,32}", fullmatch=True) | st.sampled_from(
    ["MUG-01", "-", "9" * 32]
)
offsets = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
offsets |= st.just(UTC)
moments = st.builds(
    lambda naive, tz: naive.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2999, 12, 30)),
    offsets,
)
moment_values = moments.flatmap(
    lambda m: st.sampled_from([m, m.isoformat(), m.isoformat().replace("+00:00", "Z")])
)
notes = st.just(MISSING) | st.none() | st.text(max_size=8) | st.just("n" * 200)

GOOD_ITEM = {
    "sku": skus,
    "quantity": st.integers(1, BIG) | st.just(1),
    "unit_price_cents": st.integers(0, BIG) | st.just(0),
}
GOOD_ORDER = {
    "order_id": st.integers(1, BIG) | st.just(1),
    "customer_email": emails,
    "gift_note": notes,
    "placed_at": moment_values,
}

# -- bad values: each one breaks the contract of its field -------------------
not_int = st.sampled_from(["17", "1", 17.0, 1.0, True, False, None, "abc", [], {}])
BAD_ITEM = {
    "sku": st.sampled_from(
        [
            MISSING,
            "",
            "mug-01",
            "MUG_01",
            "MUG 01",
            "MUG-01\n",
            "\u0663",
            "\u00c4",
            "A" * 33,
            7,
            None,
        ]
    ),
    "quantity": not_int | st.integers(-BIG, 0) | st.just(0) | st.just(MISSING),
    "unit_price_cents": not_int.filter(lambda v: v is not False)
    | st.integers(-BIG, -1)
    | st.just(MISSING),
}
BAD_ORDER = {
    "order_id": not_int | st.integers(-BIG, 0) | st.just(0) | st.just(MISSING),
    "customer_email": st.sampled_from(
        [
            MISSING,
            None,
            5,
            "",
            "   ",
            "ada.example.com",
            "ada@@example.com",
            "a@b@example.com",
            "@example.com",
            "ada@",
            " @ ",
            "ada lovelace@example.com",
            "ada@exa\tmple.com",
            "ada@example.com\u3000x",
        ]
    ),
    "gift_note": st.sampled_from([5, ["a note"], {}, True, "n" * 201]),
    "placed_at": st.sampled_from(
        [
            MISSING,
            None,
            "",
            "yesterday",
            "2024-05-01T10:00:00",
            "2024-05-01",
            datetime(2024, 5, 1, 10, 0),
        ]
    ),
}
bad_items_lists = st.sampled_from([MISSING, None, [], "MUG-01", {}, [None], ["MUG-01"]])
unknown_keys = st.sampled_from(
    ["giftnote", "notes", "OrderId", "order-id", "email", "total", "unitPrice", "id"]
)


def spelled(names, key_style):
    """The keys a client uses: the wire name or the field name, chosen per field."""
    return {
        field: (wire if style else field)
        for (field, wire), style in zip(names.items(), key_style, strict=True)
    }


@st.composite
def line_items(draw, bad=False):
    broken = draw(st.sampled_from(sorted(ITEM))) if bad else None
    keys = spelled(ITEM, draw(st.lists(st.booleans(), min_size=3, max_size=3)))
    item = {}
    for field in ITEM:
        value = draw((BAD_ITEM if field == broken else GOOD_ITEM)[field])
        if value != MISSING:
            item[keys[field]] = value
    if bad and draw(st.integers(0, 3)) == 0:
        item[draw(st.sampled_from(["discount", "Sku", "unit_price", "qty"]))] = 1
    return item


@st.composite
def payloads(draw):
    """A request body: valid, or with one or two things wrong (a field, an item, an unknown key)."""
    parts = [*ORDER, "item", "unknown"]
    broken = draw(st.just(set()) | st.sets(st.sampled_from(parts), min_size=1, max_size=2))
    keys = spelled(ORDER, draw(st.lists(st.booleans(), min_size=5, max_size=5)))
    body = {}
    for field in ORDER:
        if field == "items":
            good = st.lists(line_items(), min_size=1, max_size=3)
            if "item" in broken:
                good = st.builds(
                    lambda before, bad, after: [*before, bad, *after],
                    st.lists(line_items(), max_size=1),
                    line_items(bad=True),
                    st.lists(line_items(), max_size=1),
                )
            value = draw(bad_items_lists if "items" in broken else good)
        else:
            value = draw((BAD_ORDER if field in broken else GOOD_ORDER)[field])
        if value != MISSING:
            body[keys[field]] = value
    if "unknown" in broken:
        body[draw(unknown_keys)] = draw(st.none() | st.text(max_size=3) | st.integers())
    order = draw(st.permutations(list(body)))
    return {key: body[key] for key in order}


def outcome(module, payload):
    """What a client sees: accepted (the wire form, as JSON, and after a round trip) or rejected."""
    mine = copy.deepcopy(payload)
    try:
        order = module.parse_order(mine)
    except Exception as error:
        kind = "rejected" if type(error).__name__ == "ValidationError" else "raised"
        return {
            "outcome": kind,
            "error": type(error).__name__,
            "payload unchanged": mine == payload,
        }
    wire = module.order_to_wire(order)
    try:
        as_json = json.loads(json.dumps(wire))
    except TypeError as error:
        as_json = f"json.dumps fails: {error}"
    try:
        round_trip = module.order_to_wire(module.parse_order(copy.deepcopy(wire))) == wire
    except Exception as error:
        round_trip = f"parse_order(wire) raised {type(error).__name__}"
    return {
        "outcome": "accepted",
        "payload unchanged": mine == payload,
        "same after a round trip": round_trip,
        "wire": as_json,
    }


VALID = {
    "orderId": 17,
    "customerEmail": "ada@example.com",
    "items": [{"sku": "MUG-01", "quantity": 2, "unitPriceCents": 1250}],
    "placedAt": "2024-05-01T10:00:00Z",
}


def body(**changes):
    out = {**VALID, **changes}
    return {key: value for key, value in out.items() if value != MISSING}


def item(**changes):
    out = {"sku": "MUG-01", "quantity": 2, "unitPriceCents": 1250, **changes}
    return [{key: value for key, value in out.items() if value != MISSING}]


@settings(parent=kata_settings, max_examples=40)
@given(payload=payloads())
@example(payload=body(orderId=0))
@example(payload=body(orderId=-3))
@example(payload=body(orderId=1.0))
@example(payload=body(items=item(quantity="2")))
@example(payload=body(items=item(quantity=True)))
@example(payload=body(items=item(quantity=2.0)))
@example(payload=body(items=item(unitPriceCents="1250")))
@example(payload=body(items=item(unitPriceCents=1250.0)))
@example(payload=body(items=item(unitPriceCents=-1)))
@example(payload=body(items=item(unitPriceCents=0)))
@example(payload=body(items=item(sku="mug-01")))
@example(payload=body(items=item(sku="MUG-01\n")))
@example(payload=body(items=item(sku="MUG_01")))
@example(payload=body(items=item(sku="\u0663")))
@example(payload=body(items=item(sku="A" * 33)))
@example(payload=body(items=item(sku="")))
@example(payload=body(items=item(discount=5)))
@example(payload=body(items=[]))
@example(payload=body(customerEmail="a@b@example.com"))
@example(payload=body(customerEmail="@example.com"))
@example(payload=body(customerEmail="ada@"))
@example(payload=body(customerEmail="ada lovelace@example.com"))
@example(payload=body(customerEmail="\u3000Ada@Example.com\n"))
@example(payload=body(giftNote="n" * 200))
@example(payload=body(giftNote="n" * 201))
@example(payload=body(giftNote=None))
@example(payload=body(notes="hi"))
@example(payload=body(placedAt="2024-05-01T10:00:00.250+05:30"))
@example(payload=body(placedAt=datetime(2024, 5, 1, 10, 0)))
@example(payload=body(placedAt="2024-05-01"))
@example(payload=body(placedAt=MISSING))
@example(payload={**body(orderId=MISSING), "order_id": 17})
@example(payload=body(items=[{"sku": "MUG-01", "quantity": 1, "unit_price_cents": 5}]))
def test_payloads_are_accepted_or_refused_as_the_contract_says(reference, payload):
    assert_same(outcome(learner, payload), outcome(reference, payload), payload=payload)


def build(module, order_id, email, items, note, placed_at):
    """An Order built in our code, with field names and the module's own LineItem."""
    line_items = [
        module.LineItem(sku=sku, quantity=quantity, unit_price_cents=price)
        for sku, quantity, price in items
    ]
    kwargs = {} if note == MISSING else {"gift_note": note}
    order = module.Order(
        order_id=order_id, customer_email=email, items=line_items, placed_at=placed_at, **kwargs
    )
    return module.order_to_wire(order)


@settings(parent=kata_settings, max_examples=15)
@given(
    order_id=GOOD_ORDER["order_id"],
    email=emails,
    items=st.lists(
        st.tuples(skus, GOOD_ITEM["quantity"], GOOD_ITEM["unit_price_cents"]),
        min_size=1,
        max_size=2,
    ),
    note=notes,
    placed_at=moments,
)
@example(
    order_id=18,
    email=" Bob@Example.com",
    items=[("CUP-2", 1, 0)],
    note=MISSING,
    placed_at=datetime(2024, 5, 2, 9, 30, tzinfo=timezone(timedelta(hours=-7))),
)
def test_our_code_builds_orders_with_field_names(
    reference, order_id, email, items, note, placed_at
):
    args = (order_id, email, items, note, placed_at)
    assert_same(build(learner, *args), build(reference, *args), order=args)
