import pytest

from .orders import Item, Order, Problem, ValidationError, parse_order


def problems_in(data):
    with pytest.raises(ValidationError) as caught:
        parse_order(data)
    return sorted(caught.value.problems)


def test_a_valid_order_comes_back_typed():
    body = {"customer": "ada", "items": [{"sku": "A-1", "quantity": 2}], "note": "ring twice"}
    assert parse_order(body) == Order("ada", (Item("A-1", 2),), "ring twice")


def test_every_problem_is_reported_at_once():
    body = {"customer": "", "items": [{"sku": "A-1", "quantity": 0}, {"sku": "", "quantity": 1}]}
    assert problems_in(body) == [
        Problem("customer", "value"),
        Problem("items[0].quantity", "value"),
        Problem("items[1].sku", "value"),
    ]


def test_a_missing_key_is_a_problem_not_a_key_error():
    assert problems_in({"items": [{"sku": "A-1"}]}) == [
        Problem("customer", "missing"),
        Problem("items[0].quantity", "missing"),
    ]


def test_a_wrong_shape_is_a_problem_not_a_crash():
    assert problems_in({"customer": "ada", "items": "A-1"}) == [Problem("items", "type")]
    assert problems_in(["ada"]) == [Problem("", "type")]


def test_an_item_that_is_not_an_object_is_one_problem():
    body = {"customer": "ada", "items": [{"sku": "A-1", "quantity": 1}, "B-2"]}
    assert problems_in(body) == [Problem("items[1]", "type")]


def test_true_is_not_a_quantity():
    body = {"customer": "ada", "items": [{"sku": "A-1", "quantity": True}]}
    assert problems_in(body) == [Problem("items[0].quantity", "type")]
