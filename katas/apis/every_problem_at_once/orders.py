"""Turn the body of a POST /orders request into an Order, or say everything wrong with it.

parse_order(data) -> Order
    `data` is whatever json.loads returned for the request body: any JSON value
    (dict with str keys, list, str, int, float, bool, None), nested any way.
    A valid order is an object like this (other keys are allowed and ignored):

        {"customer": "ada",                        a str, not empty
         "items": [{"sku": "A-1", "quantity": 2}],  a list, not empty, of objects with
                                                     "sku": a str, not empty, and
                                                     "quantity": an int, 1 or more
         "note": "ring twice"}                      optional: a str, or null

    It returns an Order(customer, items, note) (the classes below): `items` a tuple of
    Item(sku, quantity), `note` None when it is absent or null.

    Otherwise it raises ValidationError, whose `problems` lists EVERY
    problem in the body (in any order, each once), as Problem(path, code):

        path  where: "customer", "items", "items[2]", "items[2].quantity", and ""
              for the body itself (when it is not an object at all)
        code  "missing"  a required key is absent (a key set to null is there:
                         it is a "type" problem)
              "type"     the value has the wrong JSON type: a bool is not an int
                         (true is not a quantity), a float is not an int (not even
                         2.0), null is not a str
              "value"    the right type but not allowed: "" for customer or sku,
                         an empty items list, a quantity below 1

    Where a value has the wrong type, nothing inside it is checked: "items": "abc"
    is one problem, ("items", "type"), and so is an item that is not an object
    ("items[1]", "type"). Every other item is still checked.

    Whatever the body, the only exception is ValidationError: never a KeyError,
    TypeError or AttributeError. parse_order never changes `data`.

    >>> parse_order({"customer": "ada", "items": [{"sku": "A-1", "quantity": 2}]})
    Order(customer='ada', items=(Item(sku='A-1', quantity=2),), note=None)
    >>> parse_order({"items": [{"sku": "A-1", "quantity": True}, "x"]})
    Traceback (most recent call last):
    ValidationError: [Problem(path='customer', code='missing'), ...]

Right now parse_order stops at the first problem, so a client fixes one field,
resends, and hears about the next one; a missing key or a wrong shape crashes
it with a KeyError or a TypeError (a 500 instead of a 400); and it takes
"quantity": true for 1.
"""

from dataclasses import dataclass
from typing import Any, NamedTuple

# The typed values an order becomes, and the error that lists its problems: keep them as they are.


@dataclass(frozen=True)
class Item:
    sku: str
    quantity: int


@dataclass(frozen=True)
class Order:
    customer: str
    items: tuple[Item, ...]
    note: str | None


class Problem(NamedTuple):
    """One thing wrong with a request body: where it is, and what kind of problem it is."""

    path: str  # "customer", "items", "items[2]", "items[2].quantity"; "" is the whole body
    code: str  # "missing", "type" or "value"


class ValidationError(ValueError):
    """The request body is not a valid order; `problems` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems


def parse_order(data: Any) -> Order:
    # TODO: collect every problem, with its path, before raising; never crash on a wrong shape.
    if not isinstance(data["customer"], str) or not data["customer"]:
        raise ValidationError([Problem("customer", "type")])
    items = []
    for number, item in enumerate(data["items"]):
        if not isinstance(item["quantity"], int) or item["quantity"] < 1:
            raise ValidationError([Problem(f"items[{number}].quantity", "value")])
        items.append(Item(item["sku"], item["quantity"]))
    return Order(data["customer"], tuple(items), data.get("note"))
