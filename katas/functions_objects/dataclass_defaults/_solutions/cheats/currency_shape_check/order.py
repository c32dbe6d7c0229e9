"""Blind cheat: checks that the currency looks like a currency code (three capital letters) instead
of checking it is one of CURRENCIES.

Differs on: Order("di", "JPY") -> correct ValueError, this accepts it.
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
        if not (len(self.currency) == 3 and self.currency.isalpha() and self.currency.isupper()):
            raise ValueError(f"unknown currency {self.currency!r}")
        for sku, quantity in self.lines:
            if quantity < 1:
                raise ValueError(f"quantity must be at least 1, got {quantity} for {sku!r}")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
