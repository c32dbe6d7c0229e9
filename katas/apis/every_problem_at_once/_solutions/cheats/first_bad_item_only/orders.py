"""Cheat: stops checking items after the first one that is not an object.

[{"sku": "A", "quantity": 1}, 7, {"quantity": -1}] reports items[1] but not
the problems of items[2].
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


def parse_order(data: Any) -> Order:
    if not isinstance(data, dict):
        raise ValidationError([Problem("", "type")])
    problems: list[Problem] = []
    customer = required_text(data, "customer", "customer", problems)
    items = parse_items(data, problems)
    note = data.get("note")
    if note is not None and not isinstance(note, str):
        problems.append(Problem("note", "type"))
    if problems:
        raise ValidationError(problems)
    return Order(customer, items, note)


def parse_items(data: dict[str, Any], problems: list[Problem]) -> tuple[Item, ...]:
    if "items" not in data:
        problems.append(Problem("items", "missing"))
        return ()
    raw = data["items"]
    if not isinstance(raw, list):
        problems.append(Problem("items", "type"))
        return ()
    if not raw:
        problems.append(Problem("items", "value"))
    items = []
    for number, item in enumerate(raw):
        path = f"items[{number}]"
        if not isinstance(item, dict):
            problems.append(Problem(path, "type"))
            break
        sku = required_text(item, "sku", f"{path}.sku", problems)
        quantity = item.get("quantity")
        if "quantity" not in item:
            problems.append(Problem(f"{path}.quantity", "missing"))
        elif type(quantity) is not int:  # bool is a subclass of int, and not a quantity
            problems.append(Problem(f"{path}.quantity", "type"))
        elif quantity < 1:
            problems.append(Problem(f"{path}.quantity", "value"))
        items.append(Item(sku, quantity))
    return tuple(items)


def required_text(data: dict[str, Any], key: str, path: str, problems: list[Problem]) -> str:
    value = data.get(key)
    if key not in data:
        problems.append(Problem(path, "missing"))
    elif not isinstance(value, str):
        problems.append(Problem(path, "type"))
    elif not value:
        problems.append(Problem(path, "value"))
    return value
