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

import sqlite3
from dataclasses import dataclass

#: A subtotal of this many cents or more gets the discount.
DISCOUNT_FROM_CENTS = 10_000


def order_total(lines: list[tuple[int, int]]) -> int:
    if not lines:
        raise ValueError("an order needs at least one line")
    subtotal = 0
    for unit_price_cents, quantity in lines:
        if quantity < 1:
            raise ValueError(f"bad line: {unit_price_cents} cents x {quantity}")
        subtotal += unit_price_cents * quantity
    if subtotal < DISCOUNT_FROM_CENTS:
        return subtotal
    discount = (subtotal + 5) // 10  # 10 %, a half cent rounded up
    return subtotal - discount


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int
    note: str | None


_SCHEMA = """
    CREATE TABLE IF NOT EXISTS orders (
        id INTEGER PRIMARY KEY,
        customer TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        note TEXT
    )
"""
_COLUMNS = "id, customer, total_cents, note"


class OrderRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._connection.execute(_SCHEMA)

    def add(self, customer: str, lines: list[tuple[int, int]], note: str | None = None) -> Order:
        total = order_total(lines)
        cursor = self._connection.execute(
            "INSERT INTO orders (customer, total_cents, note) VALUES (?, ?, ?)",
            (customer, total, note),
        )
        self._connection.commit()
        return Order(cursor.lastrowid, customer, total, note)

    def get(self, order_id: int) -> Order | None:
        row = self._connection.execute(
            f"SELECT {_COLUMNS} FROM orders WHERE id = ?", (order_id,)
        ).fetchone()
        return None if row is None else Order(*row)

    def for_customer(self, customer: str) -> list[Order]:
        rows = self._connection.execute(
            f"SELECT {_COLUMNS} FROM orders WHERE customer = ? ORDER BY id", (customer,)
        )
        return [Order(*row) for row in rows]

    def total_spent(self, customer: str) -> int:
        (total,) = self._connection.execute(
            "SELECT COALESCE(SUM(total_cents), 0) FROM orders WHERE customer = ?", (customer,)
        ).fetchone()
        return total
