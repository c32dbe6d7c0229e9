"""Blind cheat: compares the quantity with 1 before checking its type, so a str, null or list quantity crashes with TypeError (a 500).

Differs on: parse_order({"customer": "ada", "items": [{"sku": "A-1", "quantity": "2"}]})
-> TypeError instead of ValidationError [("items[0].quantity", "type")].
"""

from dataclasses import dataclass
from typing import Any, NamedTuple


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


def _text(data: dict, key: str, path: str, problems: list[Problem]) -> None:
    if key not in data:
        problems.append(Problem(path, "missing"))
    elif not isinstance(data[key], str):
        problems.append(Problem(path, "type"))
    elif not data[key]:
        problems.append(Problem(path, "value"))


def _quantity(item: dict, path: str, problems: list[Problem]) -> None:
    if "quantity" not in item:
        problems.append(Problem(path, "missing"))
    elif item["quantity"] < 1:
        problems.append(Problem(path, "value"))
    elif type(item["quantity"]) is not int:
        problems.append(Problem(path, "type"))


def _items(data: dict, problems: list[Problem]) -> None:
    if "items" not in data:
        problems.append(Problem("items", "missing"))
        return
    items = data["items"]
    if not isinstance(items, list):
        problems.append(Problem("items", "type"))
        return
    if not items:
        problems.append(Problem("items", "value"))
    for number, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(Problem(f"items[{number}]", "type"))
            continue
        _text(item, "sku", f"items[{number}].sku", problems)
        _quantity(item, f"items[{number}].quantity", problems)


def parse_order(data: Any) -> Order:
    if not isinstance(data, dict):
        raise ValidationError([Problem("", "type")])
    problems: list[Problem] = []
    _text(data, "customer", "customer", problems)
    _items(data, problems)
    note = data.get("note")
    if note is not None and not isinstance(note, str):
        problems.append(Problem("note", "type"))
    if problems:
        raise ValidationError(problems)
    items = tuple(Item(item["sku"], item["quantity"]) for item in data["items"])
    return Order(data["customer"], items, note)
