"""Reference: a `default_factory` gives each order its own list, and
`__post_init__` checks the rules on every order the generated __init__ makes.

`lines=` is copied in __post_init__: the caller's list stays the caller's, so
two orders made from one list never share it.
"""

from dataclasses import dataclass, field

CURRENCIES = frozenset({"EUR", "USD", "GBP"})
Line = tuple[str, int]  # (sku, quantity)


def check_quantity(quantity: int) -> None:
    if quantity < 1:
        raise ValueError(f"quantity must be at least 1, got {quantity}")


@dataclass
class Order:
    customer: str
    currency: str = "EUR"
    lines: list[Line] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lines = list(self.lines)
        if self.currency not in CURRENCIES:
            raise ValueError(f"unknown currency {self.currency!r}")
        for _, quantity in self.lines:
            check_quantity(quantity)

    def add(self, sku: str, quantity: int = 1) -> None:
        check_quantity(quantity)
        self.lines.append((sku, quantity))
