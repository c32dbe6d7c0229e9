"""Orders kept in SQLite, every amount in integer cents.

Two parts: a pure function that prices an order, and a repository that stores
orders in an SQLite database.

``order_total(lines)`` is the total, in cents, of an order's lines:

- ``lines`` is a non-empty list of ``(unit_price_cents, quantity)`` pairs of
  ints, with ``unit_price_cents >= 0`` and ``quantity >= 1``.
- The subtotal is the sum of ``unit_price_cents * quantity`` over the lines.
- A subtotal of 10_000 cents ($100.00) or more gets 10 % off. The discount is
  rounded to the nearest cent, a half cent up (in the customer's favour): a
  subtotal of 10_005 gets 1_001 off. A smaller subtotal gets no discount.
- The total is the subtotal minus the discount, an int.
- ``ValueError`` if ``lines`` is empty, if a price is negative or if a quantity
  is below 1.

``OrderRepository(connection)`` stores orders in the database of
``connection``, an ``sqlite3.Connection`` (to a file, or ``":memory:"``) in its
default transaction mode. It creates its table when the database has none yet,
and it never closes the connection: the caller owns it.

- ``add(customer, lines, note=None)`` prices ``lines`` with ``order_total``,
  stores a new order and returns it as an ``Order``. ``customer`` is an email
  address, stored exactly as given; ``note`` is a str or None. Each new order
  gets an int id larger than every id before it. ``add`` commits before it
  returns: the order is saved for good, and other connections to the same
  database file see it at once. On ``ValueError`` nothing is stored.
- ``get(order_id)`` is the order with that id, equal to what ``add`` returned
  (a note of None included), or None when there is no such order.
- ``for_customer(customer)`` is the list of that customer's orders, oldest
  (smallest id) first; ``[]`` when they have none.
- ``total_spent(customer)`` is the sum of the totals of that customer's orders,
  in cents; 0 when they have none.
- Emails are compared exactly, letter case included: "Ann@example.com" and
  "ann@example.com" are two customers, and "joann@example.com" is not
  "ann@example.com".
- Orders read back are the same through any connection to the same file, and
  after the file is closed and opened again.
- How orders are laid out in the database (table and column names) is the
  repository's own business: read them back through the repository.
- Every amount, and every customer's total, stays below 2**63 cents (SQLite's
  largest integer); larger amounts are outside this contract.

``Order`` is a dataclass of ``id``, ``customer``, ``total_cents`` and ``note``;
two orders are equal when their fields are.

>>> repo = OrderRepository(sqlite3.connect(":memory:"))
>>> order = repo.add("ann@example.com", [(2500, 2), (1000, 1)])
>>> order.total_cents, repo.total_spent("ann@example.com")
(6000, 6000)
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from fractions import Fraction


def order_total(lines: list[tuple[int, int]]) -> int:
    if len(lines) == 0 or any(price < 0 or quantity < 1 for price, quantity in lines):
        raise ValueError(f"cannot price the order lines {lines!r}")
    subtotal = sum(price * quantity for price, quantity in lines)
    discount = 0
    if subtotal >= 100_00:
        # Exact tenths, then half up: floor(x + 1/2).
        discount = math.floor(Fraction(subtotal, 10) + Fraction(1, 2))
    return subtotal - discount


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int
    note: str | None


class OrderRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS customer_order ("
            " order_id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " email TEXT NOT NULL,"
            " note TEXT,"
            " amount_cents INTEGER NOT NULL)"
        )

    def _select(self, where: str, *params: object) -> list[sqlite3.Row]:
        cursor = self.db.cursor()
        cursor.row_factory = sqlite3.Row
        cursor.execute(
            "SELECT order_id, email, note, amount_cents FROM customer_order"
            f" WHERE {where} ORDER BY order_id",
            params,
        )
        return cursor.fetchall()

    @staticmethod
    def _order(row: sqlite3.Row) -> Order:
        return Order(
            id=row["order_id"],
            customer=row["email"],
            total_cents=row["amount_cents"],
            note=row["note"],
        )

    def add(self, customer: str, lines: list[tuple[int, int]], note: str | None = None) -> Order:
        total = order_total(lines)
        with self.db:  # commits on success, rolls back on an error
            cursor = self.db.execute(
                "INSERT INTO customer_order (email, note, amount_cents) VALUES (?, ?, ?)",
                (customer, note, total),
            )
        return Order(id=cursor.lastrowid, customer=customer, total_cents=total, note=note)

    def get(self, order_id: int) -> Order | None:
        for row in self._select("order_id = ?", order_id):
            return self._order(row)
        return None

    def for_customer(self, customer: str) -> list[Order]:
        return [self._order(row) for row in self._select("email = ?", customer)]

    def total_spent(self, customer: str) -> int:
        return sum(order.total_cents for order in self.for_customer(customer))
