"""Checkout helpers for a small tea shop, where three names lie.

The data:

    stock      {sku: units on the shelf}; a sku that is not a key has 0 units
    customers  {email: {"id": 1, "email": "ana@example.com"}}; ids are 1, 2, 3...
               in the order the customers were added; emails match exactly
    cart       {"email": "ana@example.com",
                "lines": [{"sku": "SENCHA", "quantity": 2, "unit_cents": 625}]}
               at least one line, each sku at most once; quantity >= 1,
               0 <= unit_cents <= 1_000_000 (so a total is always a whole number of cents)

What every name must promise (the tests call each one):

    is_in_stock(stock, sku, quantity) -> bool
        Does the shelf hold at least `quantity` units? A question: stock is not changed.
    reserve(stock, sku, quantity) -> None
        Takes `quantity` units off the shelf (the count may reach 0; the key stays).
        With fewer units on the shelf: raises OutOfStock(sku) and changes nothing.
    find_customer(customers, email) -> dict | None
        The customer with this email, or None. A lookup: it never adds one.
    get_or_create_customer(customers, email) -> dict
        The customer with this email; when there is none, first adds
        {"id": len(customers) + 1, "email": email} to customers.
    total_cents(cart) -> int
        The sum of quantity * unit_cents over the lines: an int, in cents.

And the code that trusted those names, which must work:

    product_badge(stock, sku) -> "In stock" (1 unit or more) or "Sold out"; changes nothing
    has_account(customers, email) -> bool; changes nothing
    checkout(cart, stock, customers, gateway) -> str
        Takes every line off the shelf, adds the customer if they are new (guest
        checkout), calls gateway.charge(customer_id, amount_cents) once with the
        total in cents (an int), and returns the receipt: "Charged 12.50 EUR".
        When a line is short, raises OutOfStock(sku) for the first short line (in
        cart order) and changes nothing: no stock taken, no customer added, no charge.

    >>> stock = {"SENCHA": 3}
    >>> product_badge(stock, "SENCHA"), stock
    ('In stock', {'SENCHA': 3})

Right now is_in_stock() also takes the units off the shelf, get_customer()
creates the customer it cannot find, and total_cents() returns euros. So three
views of the product page sell the last three teas, "Forgot password?" says yes
to every address (and adds it), and a 12.50 EUR order is charged 12.5 cents.
Rename and split until each name tells the truth, then fix the callers.
"""

from typing import Any, Protocol

Cart = dict[str, Any]
Customer = dict[str, Any]


class OutOfStock(Exception):
    """Raised as OutOfStock(sku) when the shelf holds too few units of sku."""


class Gateway(Protocol):
    def charge(self, customer_id: int, amount_cents: int) -> None: ...


# TODO: three names here lie. Which ones change something, or return another unit?
def is_in_stock(stock: dict[str, int], sku: str, quantity: int) -> bool:
    if stock.get(sku, 0) < quantity:
        return False
    stock[sku] -= quantity  # while we are here, keep them for the customer
    return True


def get_customer(customers: dict[str, Customer], email: str) -> Customer:
    if email not in customers:
        customers[email] = {"id": len(customers) + 1, "email": email}
    return customers[email]


def total_cents(cart: Cart) -> float:
    cents = sum(line["quantity"] * line["unit_cents"] for line in cart["lines"])
    return cents / 100  # in euros, for the receipt


def product_badge(stock: dict[str, int], sku: str) -> str:
    return "In stock" if is_in_stock(stock, sku, 1) else "Sold out"


def has_account(customers: dict[str, Customer], email: str) -> bool:
    return get_customer(customers, email) is not None


def checkout(
    cart: Cart, stock: dict[str, int], customers: dict[str, Customer], gateway: Gateway
) -> str:
    customer = get_customer(customers, cart["email"])
    for line in cart["lines"]:
        if not is_in_stock(stock, line["sku"], line["quantity"]):
            raise OutOfStock(line["sku"])
    amount = total_cents(cart)
    gateway.charge(customer["id"], amount)
    return f"Charged {amount:.2f} EUR"
