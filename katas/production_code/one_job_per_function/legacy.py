"""The checkout pricing as it was. Do not edit: the tests compare checkout.py with it."""

from typing import Any

VAT_PERCENT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20}


def price_order(order: dict[str, Any]) -> dict[str, int]:
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
