"""Blind cheat: checks the given lines by truthiness (`not quantity`), so a negative quantity
passes.

Differs on: Order("ed", lines=[("pear", -1)]) -> correct ValueError, this accepts it.
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
        if any(not quantity for _, quantity in self.lines):
            raise ValueError("every line needs at least one item")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
