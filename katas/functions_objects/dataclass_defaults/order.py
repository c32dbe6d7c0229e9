"""An order in a small web shop: who ordered, in which currency, and what.

Order(customer, currency="EUR", lines=...) is a dataclass; each line is a
(sku, quantity) pair, and add(sku, quantity=1) appends one. Every order has a
list of its own: one made without lines starts with a new, empty list, and
`lines=` is copied, so adding to one order never shows up in another order, nor
in the list the caller passed. The rules are checked when an order is made,
and by add(): the currency is exactly one of CURRENCIES (case matters) and
every quantity is at least 1, else ValueError; a refused add() changes nothing.
Customers and skus are any strings, quantities any ints.

    >>> ana = Order("ana")
    >>> ana.add("apple", 2)
    >>> Order("bo").lines
    []
    >>> Order("cy", "USD", [("pear", 1)]).lines
    [('pear', 1)]
    >>> Order("di", "euro")
    Traceback (most recent call last):
    ...
    ValueError: unknown currency 'euro'

Right now bo's new order already holds ana's apples, `lines=` is refused when
an order is made, and an order in "euro" or for 0 pears is accepted. Work out
why `lines` is not a field of the dataclass, give every order a list of its
own, and check the rules when an order is made, not only in add().
"""

from dataclasses import dataclass

CURRENCIES = frozenset({"EUR", "USD", "GBP"})
Line = tuple[str, int]  # (sku, quantity)


@dataclass
class Order:
    customer: str
    currency: str = "EUR"
    lines = []  # TODO: is this a field? Whose list is it?

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self.lines.append((sku, quantity))
