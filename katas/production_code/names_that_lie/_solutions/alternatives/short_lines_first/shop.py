"""Alternative: checkout collects the short lines first; euros come from cents with a float format.

A different senior's version: a helper lists the short skus, find_customer
tests membership, reserve computes what is left before it writes, and the
receipt formats cents / 100 with two decimals (a float, but exact to the
cent for any total below 10**13 cents, far above any real cart). The old
get_customer stays as a deprecated alias, so outside callers keep working
while they migrate.
"""

import warnings
from typing import Any, Protocol

Cart = dict[str, Any]
Customer = dict[str, Any]


class OutOfStock(Exception):
    """Raised as OutOfStock(sku) when the shelf holds too few units of sku."""


class Gateway(Protocol):
    def charge(self, customer_id: int, amount_cents: int) -> None: ...


def units_on_shelf(stock: dict[str, int], sku: str) -> int:
    return stock.get(sku, 0)


def is_in_stock(stock: dict[str, int], sku: str, quantity: int) -> bool:
    return units_on_shelf(stock, sku) >= quantity


def reserve(stock: dict[str, int], sku: str, quantity: int) -> None:
    left = units_on_shelf(stock, sku) - quantity
    if left < 0:
        raise OutOfStock(sku)
    stock[sku] = left


def find_customer(customers: dict[str, Customer], email: str) -> Customer | None:
    if email in customers:
        return customers[email]
    return None


def get_or_create_customer(customers: dict[str, Customer], email: str) -> Customer:
    customer = find_customer(customers, email)
    if customer is None:
        customer = {"id": len(customers) + 1, "email": email}
        customers[email] = customer
    return customer


def get_customer(customers: dict[str, Customer], email: str) -> Customer:
    """Deprecated: the name hides that it creates; use get_or_create_customer()."""
    warnings.warn("use get_or_create_customer()", DeprecationWarning, stacklevel=2)
    return get_or_create_customer(customers, email)


def total_cents(cart: Cart) -> int:
    total = 0
    for line in cart["lines"]:
        total += line["quantity"] * line["unit_cents"]
    return total


def product_badge(stock: dict[str, int], sku: str) -> str:
    if is_in_stock(stock, sku, 1):
        return "In stock"
    return "Sold out"


def has_account(customers: dict[str, Customer], email: str) -> bool:
    return email in customers


def short_skus(cart: Cart, stock: dict[str, int]) -> list[str]:
    return [
        line["sku"]
        for line in cart["lines"]
        if not is_in_stock(stock, line["sku"], line["quantity"])
    ]


def checkout(
    cart: Cart, stock: dict[str, int], customers: dict[str, Customer], gateway: Gateway
) -> str:
    short = short_skus(cart, stock)
    if short:
        raise OutOfStock(short[0])
    for line in cart["lines"]:
        reserve(stock, line["sku"], line["quantity"])
    amount = total_cents(cart)
    gateway.charge(get_or_create_customer(customers, cart["email"])["id"], amount)
    return f"Charged {amount / 100:.2f} EUR"
