"""Blind cheat: checks only the first given line (every example gives one), so a bad quantity
further down passes.

Differs on: Order("ed", lines=[("apple", 1), ("pear", 0)]) -> correct ValueError, this accepts it.
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
        if self.lines and self.lines[0][1] < 1:
            raise ValueError(f"quantity must be at least 1, got {self.lines[0][1]}")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
