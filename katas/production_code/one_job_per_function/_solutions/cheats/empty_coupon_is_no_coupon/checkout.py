"""Cheat: `if not coupon` for "no coupon", so an empty coupon code is no coupon.

legacy.py refuses "" as an unknown coupon: coupon_discount(4999, "") returns 0
instead of raising ValueError("unknown coupon ''").
"""

from typing import Any

VAT_PERCENT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20}
BULK_UNITS = 10
DOMESTIC = "NL"


def is_whole_number(value: object) -> bool:
    return type(value) is int  # bool is a subclass of int, and not a quantity


def check_item(number: int, item: dict[str, Any]) -> None:
    sku, quantity, unit = item["sku"], item["quantity"], item["unit_cents"]
    if not isinstance(sku, str) or not sku:
        raise ValueError(f"item {number}: sku must be non-empty text, not {sku!r}")
    if not is_whole_number(quantity) or quantity < 1:
        raise ValueError(
            f"item {number}: quantity must be a whole number of at least 1, not {quantity!r}"
        )
    if not is_whole_number(unit) or unit < 0:
        raise ValueError(f"item {number}: unit_cents must be a whole number of cents, not {unit!r}")


def line_cents(quantity: int, unit_cents: int) -> int:
    line = quantity * unit_cents
    if quantity >= BULK_UNITS:
        line -= line * 5 // 100  # the discount is rounded down, so the price is not
    return line


def coupon_discount(subtotal: int, coupon: str | None) -> int:
    if not coupon:
        return 0
    if coupon == "SAVE10":
        return subtotal // 10
    if coupon == "FLAT5":
        return min(500, subtotal)
    raise ValueError(f"unknown coupon {coupon!r}")


def shipping_cents(country: str, goods: int) -> int:
    if country == DOMESTIC:
        return 0 if goods >= 5000 else 495
    if country in VAT_PERCENT:
        return 0 if goods >= 10000 else 995
    return 2495


def vat_cents(country: str, amount: int) -> int:
    rate = VAT_PERCENT.get(country, 0)
    return (amount * rate + 50) // 100  # half up, for an amount of at least 0


def price_order(order: dict[str, Any]) -> dict[str, int]:
    items = order["items"]
    if not items:
        raise ValueError("an order needs at least one item")
    for number, item in enumerate(items, start=1):
        check_item(number, item)
    subtotal = sum(line_cents(item["quantity"], item["unit_cents"]) for item in items)
    discount = coupon_discount(subtotal, order.get("coupon"))
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
