"""Blind cheat: stores the list passed as `lines=` itself, so orders made from one list share it
and add() edits the caller's list.

Differs on: base = [("pear", 1)]; a, b = Order("a", lines=base), Order("b", lines=base);
a.add("fig") -> correct b.lines == [("pear", 1)], here b.lines (and base) also hold ("fig", 1).
"""

from dataclasses import dataclass, field

CURRENCIES = frozenset({"EUR", "USD", "GBP"})
Line = tuple[str, int]  # (sku, quantity)


@dataclass
class Order:
    customer: str
    currency: str = "EUR"
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.currency not in CURRENCIES:
            raise ValueError(f"unknown currency {self.currency!r}")
        for sku, quantity in self.lines:
            if quantity < 1:
                raise ValueError(f"quantity must be at least 1, got {quantity} for {sku!r}")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
