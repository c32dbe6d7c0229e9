"""Cheat: checks that a currency code has three letters, not that the shop takes it.

"euro" is refused, but "JPY" and "eur" get in, and nothing downstream knows
how to charge them.
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
        if len(self.currency) != 3:
            raise ValueError(f"unknown currency {self.currency!r}")
        for _, quantity in self.lines:
            if quantity < 1:
                raise ValueError(f"quantity must be at least 1, got {quantity}")

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
