import json
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from .order_api import LineItem, Order, order_to_wire, parse_order


def payload(**changes):
    """A valid request body, as a client sends it, with some fields changed."""
    body = {
        "orderId": 17,
        "customerEmail": "ada@example.com",
        "items": [{"sku": "MUG-01", "quantity": 2, "unitPriceCents": 1250}],
        "placedAt": "2024-05-01T10:00:00Z",
    }
    body.update(changes)
    return body


def test_a_valid_body_is_parsed_into_typed_fields():
    order = parse_order(payload(giftNote="Happy birthday"))
    assert order.order_id == 17
    assert order.items[0].unit_price_cents == 1250
    assert order.gift_note == "Happy birthday"
    assert order.placed_at == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("order_id", ["17", 17.0, True])
def test_an_order_id_that_is_not_an_int_is_refused(order_id):
    with pytest.raises(ValidationError):
        parse_order(payload(orderId=order_id))


def test_a_quantity_of_zero_is_refused():
    with pytest.raises(ValidationError):
        parse_order(payload(items=[{"sku": "MUG-01", "quantity": 0, "unitPriceCents": 1250}]))


def test_the_email_is_normalised():
    assert (
        parse_order(payload(customerEmail="  Ada@Example.COM ")).customer_email == "ada@example.com"
    )


def test_an_email_without_an_at_sign_is_refused():
    with pytest.raises(ValidationError):
        parse_order(payload(customerEmail="ada.example.com"))


def test_a_misspelt_field_is_refused_not_dropped():
    with pytest.raises(ValidationError):
        parse_order(payload(giftnote="Happy birthday"))


def test_a_naive_timestamp_is_refused():
    with pytest.raises(ValidationError):
        parse_order(payload(placedAt="2024-05-01T10:00:00"))


def test_our_code_builds_an_order_with_field_names():
    order = Order(
        order_id=18,
        customer_email="bob@example.com",
        items=[LineItem(sku="CUP-2", quantity=1, unit_price_cents=0)],
        placed_at=datetime(2024, 5, 2, 9, 30, tzinfo=UTC),
    )
    assert order.items[0].unit_price_cents == 0


def test_the_wire_form_has_camel_case_names_and_json_values():
    wire = order_to_wire(parse_order(payload()))
    assert wire == {
        "orderId": 17,
        "customerEmail": "ada@example.com",
        "items": [{"sku": "MUG-01", "quantity": 2, "unitPriceCents": 1250}],
        "giftNote": None,
        "placedAt": "2024-05-01T10:00:00Z",
    }
    assert json.loads(json.dumps(wire)) == wire
