"""Alternative: a Checker object that remembers the problems, one method per kind of field."""

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


_MISSING = object()


class Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, path: str, code: str) -> None:
        self.problems.append(Problem(path, code))

    def text(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            self.fail(path, "missing")
        elif type(value) is not str:
            self.fail(path, "type")
        elif value == "":
            self.fail(path, "value")
        else:
            return value
        return None

    def quantity(self, obj: dict[str, Any], path: str) -> int | None:
        value = obj.get("quantity", _MISSING)
        if value is _MISSING:
            self.fail(path, "missing")
        elif isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "type")
        elif value <= 0:
            self.fail(path, "value")
        else:
            return value
        return None

    def item(self, raw: Any, path: str) -> Item | None:
        if not isinstance(raw, dict):
            self.fail(path, "type")
            return None
        sku = self.text(raw, "sku", path + ".sku")
        quantity = self.quantity(raw, path + ".quantity")
        if sku is None or quantity is None:
            return None
        return Item(sku, quantity)


def parse_order(data: Any) -> Order:
    if not isinstance(data, dict):
        raise ValidationError([Problem("", "type")])
    check = Checker()
    customer = check.text(data, "customer", "customer")
    raw_items = data.get("items", _MISSING)
    items: list[Item | None] = []
    if raw_items is _MISSING:
        check.fail("items", "missing")
    elif not isinstance(raw_items, list):
        check.fail("items", "type")
    elif len(raw_items) == 0:
        check.fail("items", "value")
    else:
        items = [check.item(raw, f"items[{i}]") for i, raw in enumerate(raw_items)]
    note = data.get("note")
    if not (note is None or isinstance(note, str)):
        check.fail("note", "type")
    if check.problems:
        raise ValidationError(check.problems[::-1])
    assert customer is not None
    return Order(customer, tuple(item for item in items if item is not None), note)
