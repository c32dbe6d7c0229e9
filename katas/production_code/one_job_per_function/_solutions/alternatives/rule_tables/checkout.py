"""Alternative: the rules as data (tables of countries, coupons and field checks).

Another senior keeps each rule in a table and lets small functions look it up;
the error messages come from one helper, and price_order() builds the bill from
a dataclass.
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

VAT_PERCENT = {"NL": 21, "BE": 21, "DE": 19, "FR": 20}
# country -> (shipping fee, goods from which shipping is free)
SHIPPING = {"NL": (495, 5000), "BE": (995, 10000), "DE": (995, 10000), "FR": (995, 10000)}
EXPORT_SHIPPING = 2495
COUPONS: dict[str | None, Callable[[int], int]] = {
    None: lambda subtotal: 0,
    "SAVE10": lambda subtotal: subtotal // 10,
    "FLAT5": lambda subtotal: min(500, subtotal),
}


def _whole(minimum: int) -> Callable[[object], bool]:
    return lambda value: isinstance(value, int) and not isinstance(value, bool) and value >= minimum


FIELD_RULES = [
    ("sku", lambda sku: isinstance(sku, str) and sku != "", "non-empty text"),
    ("quantity", _whole(1), "a whole number of at least 1"),
    ("unit_cents", _whole(0), "a whole number of cents"),
]


@dataclass
class Bill:
    subtotal: int
    discount: int
    shipping: int
    vat: int
    total: int


def check_item(number: int, item: dict[str, Any]) -> None:
    for field, is_good, wanted in FIELD_RULES:
        if not is_good(item[field]):
            raise ValueError(f"item {number}: {field} must be {wanted}, not {item[field]!r}")


def line_cents(quantity: int, unit_cents: int) -> int:
    gross = quantity * unit_cents
    bulk_discount = gross * 5 // 100 if quantity >= 10 else 0
    return gross - bulk_discount


def coupon_discount(subtotal: int, coupon: str | None) -> int:
    try:
        rule = COUPONS[coupon]
    except (KeyError, TypeError):  # TypeError: a coupon that cannot be a key, like a list
        raise ValueError(f"unknown coupon {coupon!r}") from None
    return rule(subtotal)


def shipping_cents(country: str, goods: int) -> int:
    fee, free_from = SHIPPING.get(country, (EXPORT_SHIPPING, None))
    return 0 if free_from is not None and goods >= free_from else fee


def vat_cents(country: str, amount: int) -> int:
    tenths_of_cents = amount * VAT_PERCENT.get(country, 0) * 10
    return (tenths_of_cents + 500) // 1000


def price_order(order: dict[str, Any]) -> dict[str, int]:
    if not order["items"]:
        raise ValueError("an order needs at least one item")
    for number, item in enumerate(order["items"], start=1):
        check_item(number, item)
    subtotal = sum(line_cents(i["quantity"], i["unit_cents"]) for i in order["items"])
    discount = coupon_discount(subtotal, order.get("coupon"))
    goods = subtotal - discount
    shipping = shipping_cents(order["country"], goods)
    vat = vat_cents(order["country"], goods + shipping)
    return asdict(Bill(subtotal, discount, shipping, vat, goods + shipping + vat))
