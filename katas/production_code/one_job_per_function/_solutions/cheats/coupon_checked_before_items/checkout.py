"""Blind cheat: price_order validates the coupon before checking the items.

price_order({"country": "NL", "coupon": "BAD", "items": [{"sku": "", "quantity": 1,
"unit_cents": 1}]}) raises "unknown coupon 'BAD'"; legacy raises "item 1: sku must be ...".
"""

from typing import Any

VAT_PERCENT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20}
BULK_UNITS = 10


def check_item(number: int, item: dict[str, Any]) -> None:
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
        raise ValueError(f"item {number}: unit_cents must be a whole number of cents, not {unit!r}")


def line_cents(quantity: int, unit_cents: int) -> int:
    line = quantity * unit_cents
    if quantity >= BULK_UNITS:
        line -= line * 5 // 100
    return line


def coupon_discount(subtotal: int, coupon: Any) -> int:
    if coupon is None:
        return 0
    if coupon == "SAVE10":
        return subtotal // 10
    if coupon == "FLAT5":
        return min(500, subtotal)
    raise ValueError(f"unknown coupon {coupon!r}")


def shipping_cents(country: str, goods: int) -> int:
    if country == "NL":
        return 0 if goods >= 5000 else 495
    if country in VAT_PERCENT:
        return 0 if goods >= 10000 else 995
    return 2495


def vat_cents(country: str, amount: int) -> int:
    rate = VAT_PERCENT.get(country, 0)
    return (amount * rate + 50) // 100


def price_order(order: dict[str, Any]) -> dict[str, int]:
    items = order["items"]
    if not items:
        raise ValueError("an order needs at least one item")
    coupon = order.get("coupon")
    coupon_discount(0, coupon)  # fail fast on an unknown coupon
    for number, item in enumerate(items, start=1):
        check_item(number, item)
    subtotal = sum(line_cents(item["quantity"], item["unit_cents"]) for item in items)
    discount = coupon_discount(subtotal, coupon)
    goods = subtotal - discount
    shipping = shipping_cents(order["country"], goods)
    vat = vat_cents(order["country"], goods + shipping)
    return {
        "subtotal": subtotal,
        "discount": discount,
        "shipping": shipping,
        "vat": vat,
        "total": goods + shipping + vat,
    }
