"""Price a shopping cart at checkout, in whole cents.

``checkout(items, code=None)`` returns the ``Receipt`` for a list of ``Item``:

- ``Item(name, unit_cents, quantity)``: ``unit_cents`` must be an int >= 0 and
  ``quantity`` an int >= 1, else ``checkout`` raises ``ValueError``.
- ``subtotal`` is the sum of ``unit_cents * quantity`` over the items.
- ``discount`` is 0 when ``code`` is None. A code from ``DISCOUNT_CODES`` takes
  that percentage of the subtotal off, rounded down to the cent; codes are
  compared in upper case (``"save10"`` is ``"SAVE10"``). Any other code
  raises ``ValueError``.
- The goods cost ``subtotal - discount``.
- ``shipping`` is 499 cents, free (0) when the goods cost at least 5000 cents;
  an empty cart (no items) ships nothing and pays no shipping.
- ``tax`` is VAT at 20 % of the goods, rounded to the nearest cent. Shipping
  is not taxed.
- ``total`` is ``subtotal - discount + shipping + tax``.
- ``Item`` and ``Receipt`` are frozen dataclasses: assigning to a field raises
  ``dataclasses.FrozenInstanceError``.
- ``items`` is left as it was; the same call always gives the same receipt.

>>> checkout([Item("pen", 250, 2)])
Receipt(subtotal=500, discount=0, shipping=499, tax=100, total=1099)
>>> checkout([Item("lamp", 4500, 1), Item("bulb", 500, 1)], code="SAVE10")
Receipt(subtotal=5000, discount=500, shipping=499, tax=900, total=5899)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

DISCOUNT_CODES = {"SAVE10": 10, "SAVE25": 25}
SHIPPING_CENTS = 499
FREE_SHIPPING_FROM_CENTS = 5000
VAT_PERCENT = 20


@dataclass(frozen=True)
class Item:
    name: str
    unit_cents: int
    quantity: int


@dataclass(frozen=True)
class Receipt:
    subtotal: int
    discount: int
    shipping: int
    tax: int
    total: int


class _Checkout:
    """One checkout, worked out field by field."""

    def __init__(self, items: list[Item], code: str | None) -> None:
        self.items = tuple(items)
        self.percent_off = 0 if code is None else self._lookup(code)

    @staticmethod
    def _lookup(code: str) -> int:
        percent = DISCOUNT_CODES.get(code.upper())
        if percent is None:
            raise ValueError(f"discount code {code!r} does not exist")
        return percent

    def receipt(self) -> Receipt:
        subtotal = 0
        for item in self.items:
            if item.quantity < 1:
                raise ValueError(f"quantity of {item.name} must be at least 1")
            if item.unit_cents < 0:
                raise ValueError(f"price of {item.name} must not be negative")
            subtotal += item.unit_cents * item.quantity
        discount, _ = divmod(subtotal * self.percent_off, 100)
        goods = subtotal - discount
        free = goods >= FREE_SHIPPING_FROM_CENTS or not self.items
        shipping = 0 if free else SHIPPING_CENTS
        # round() of a Fraction is exact; a VAT of 20 % never ends in half a cent.
        tax = round(Fraction(goods * VAT_PERCENT, 100))
        return Receipt(subtotal, discount, shipping, tax, goods + shipping + tax)


def checkout(items: list[Item], code: str | None = None) -> Receipt:
    return _Checkout(items, code).receipt()
