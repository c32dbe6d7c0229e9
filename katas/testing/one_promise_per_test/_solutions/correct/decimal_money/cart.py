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
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

DISCOUNT_CODES = {"SAVE10": 10, "SAVE25": 25}
SHIPPING_CENTS = 499
FREE_SHIPPING_FROM_CENTS = 5000
VAT_PERCENT = 20

CENT = Decimal(1)


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


def _check(item: Item) -> None:
    if item.unit_cents < 0 or item.quantity < 1:
        raise ValueError(f"invalid item {item!r}")


def _rate(code: str | None) -> Decimal:
    if code is None:
        return Decimal(0)
    key = code.upper()
    if key not in DISCOUNT_CODES:
        raise ValueError(f"no such discount code: {code}")
    return Decimal(DISCOUNT_CODES[key]) / 100


def _shipping_for(items: list[Item], goods: int) -> int:
    if len(items) == 0:
        return 0
    return 0 if goods >= FREE_SHIPPING_FROM_CENTS else SHIPPING_CENTS


def checkout(items: list[Item], code: str | None = None) -> Receipt:
    for item in items:
        _check(item)
    rate = _rate(code)
    subtotal = 0
    for item in items:
        subtotal += item.unit_cents * item.quantity
    discount = int((subtotal * rate).quantize(CENT, rounding=ROUND_DOWN))
    goods = subtotal - discount
    shipping = _shipping_for(items, goods)
    vat = Decimal(goods) * VAT_PERCENT / 100
    tax = int(vat.quantize(CENT, rounding=ROUND_HALF_UP))
    return Receipt(
        subtotal=subtotal,
        discount=discount,
        shipping=shipping,
        tax=tax,
        total=subtotal - discount + shipping + tax,
    )
