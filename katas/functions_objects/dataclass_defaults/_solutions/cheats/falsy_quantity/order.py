"""Cheat: refuses a quantity by truthiness, so only 0 is caught.

-1 is truthy: an order made with a line for -1 apples is accepted, although
add() would refuse that very line.
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
        if not all(quantity for _, quantity in self.lines):
            raise ValueError("every quantity must be at least 1")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
