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


def checkout(items: list[Item], code: str | None = None) -> Receipt:
    for item in items:
        if item.unit_cents < 0:
            raise ValueError(f"{item.name}: unit price {item.unit_cents} is below 0 cents")
        if item.quantity < 1:
            raise ValueError(f"{item.name}: quantity {item.quantity} is below 1")
    subtotal = sum(item.unit_cents * item.quantity for item in items)
    discount = subtotal * _discount_percent(code) // 100
    goods = subtotal - discount
    if not items or goods >= FREE_SHIPPING_FROM_CENTS:
        shipping = 0
    else:
        shipping = SHIPPING_CENTS
    tax = _percent_to_nearest_cent(goods, VAT_PERCENT)
    return Receipt(subtotal, discount, shipping, tax, goods + shipping + tax)


def _discount_percent(code: str | None) -> int:
    if code is None:
        return 0
    try:
        return DISCOUNT_CODES[code]
    except KeyError:
        raise ValueError(f"unknown discount code {code!r}") from None


def _percent_to_nearest_cent(cents: int, percent: int) -> int:
    # In integers, half up: money never touches a float.
    return (cents * percent + 50) // 100
