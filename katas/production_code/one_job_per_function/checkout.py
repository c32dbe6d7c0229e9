"""Checkout pricing for a web shop: what an order costs, in cents.

price_order(order) prices an order that arrives as parsed JSON:

    {"country": "NL", "coupon": "SAVE10",          # "coupon" may be missing or null
     "items": [{"sku": "MUG-1", "quantity": 2, "unit_cents": 1250}, ...]}

and returns {"subtotal", "discount", "shipping", "vat", "total"}, all in whole
cents. `order` always has "country" (a str) and "items" (a list), and every item
has "sku", "quantity" and "unit_cents", but their values may be anything JSON
holds (text, numbers, true/false, null, lists, objects). price_order() never
changes `order`.

It works, and it is one function of over 50 lines that checks, prices,
discounts, ships and taxes, so nobody can test one rule without building a
whole order. Split it into these functions (keep price_order, built from them);
the tests call each one directly, and compare price_order with legacy.py, which
keeps the code as it is now. No function may hold more than 15 statements
(the tests count them, nested ones included, however they are laid out).

check_item(number, item) -> None
    Raises ValueError for the first problem of the item, checked in this order:
    "item {number}: sku must be non-empty text, not {sku!r}", then
    "item {number}: quantity must be a whole number of at least 1, not {quantity!r}",
    then "item {number}: unit_cents must be a whole number of cents, not {unit!r}".
    A whole number is an int, not a bool or a float. A good item returns None.
line_cents(quantity, unit_cents) -> int
    quantity (an int, at least 1) times unit_cents (an int, at least 0); from 10
    units on, 5 % off, the discount rounded down to whole cents.
coupon_discount(subtotal, coupon) -> int
    For a subtotal of at least 0: no coupon (None) gives 0, "SAVE10" a tenth of
    the subtotal rounded down, "FLAT5" 500 but never more than the subtotal.
    Any other coupon raises ValueError("unknown coupon {coupon!r}").
shipping_cents(country, goods) -> int
    For goods (the subtotal less the discount, at least 0): "NL" pays 495, free
    from 5000; the rest of the EU ("BE", "DE", "FR") pays 995, free from 10000;
    any other country 2495.
vat_cents(country, amount) -> int
    amount (at least 0) times the VAT rate, rounded half up to whole cents: 21 %
    for "NL" and "BE", 19 % for "DE", 20 % for "FR", nothing for other countries.
price_order(order) -> dict[str, int]
    As now: an order with no items raises ValueError("an order needs at least one
    item"); each item is checked, in order, then the coupon; the discount comes off
    the subtotal; shipping is judged on the goods after the discount; VAT is due on
    the goods plus the shipping.

    >>> price_order({"country": "DE", "items": [{"sku": "MUG-1", "quantity": 2,
    ...     "unit_cents": 1250}]})
    {'subtotal': 2500, 'discount': 0, 'shipping': 995, 'vat': 664, 'total': 4159}
"""

from typing import Any

VAT_PERCENT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20}


def price_order(order: dict[str, Any]) -> dict[str, int]:
    # TODO: five jobs in one function. Give each one a name, and a function of its own.
    items = order["items"]
    if not items:
        raise ValueError("an order needs at least one item")
    subtotal = 0
    for number, item in enumerate(items, start=1):
        sku = item["sku"]
        quantity = item["quantity"]
        unit = item["unit_cents"]
        if not isinstance(sku, str) or not sku:
            raise ValueError(f"item {number}: sku must be non-empty text, not {sku!r}")
        if type(quantity) is not int or quantity < 1:
            raise ValueError(
                f"item {number}: quantity must be a whole number of at least 1, not {quantity!r}"
            )
        if type(unit) is not int or unit < 0:
            raise ValueError(
                f"item {number}: unit_cents must be a whole number of cents, not {unit!r}"
            )
        line = quantity * unit
        if quantity >= 10:
            # bulk: 5 % off, the discount rounded down to whole cents
            line -= line * 5 // 100
        subtotal += line
    coupon = order.get("coupon")
    if coupon is None:
        discount = 0
    elif coupon == "SAVE10":
        discount = subtotal // 10
    elif coupon == "FLAT5":
        discount = min(500, subtotal)
    else:
        raise ValueError(f"unknown coupon {coupon!r}")
    goods = subtotal - discount
    country = order["country"]
    if country == "NL":
        if goods >= 5000:
            shipping = 0
        else:
            shipping = 495
    elif country in VAT_PERCENT:
        if goods >= 10000:
            shipping = 0
        else:
            shipping = 995
    else:
        shipping = 2495
    rate = VAT_PERCENT.get(country, 0)
    # VAT is due on the goods and the shipping, rounded half up to whole cents
    vat = ((goods + shipping) * rate + 50) // 100
    return {
        "subtotal": subtotal,
        "discount": discount,
        "shipping": shipping,
        "vat": vat,
        "total": goods + shipping + vat,
    }
