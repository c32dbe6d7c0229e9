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

TEN_PERCENT_FROM = 10_000


def _subtotal(lines: list[tuple[int, int]]) -> int:
    if not lines:
        raise ValueError("empty order")
    subtotal = 0
    for price, quantity in lines:
        if price < 0:
            raise ValueError(f"negative price {price}")
        if quantity < 1:
            raise ValueError(f"quantity {quantity} is below 1")
        subtotal += price * quantity
    return subtotal


def order_total(lines: list[tuple[int, int]]) -> int:
    subtotal = _subtotal(lines)
    if subtotal < TEN_PERCENT_FROM:
        return subtotal
    tenths, rest = divmod(subtotal, 10)
    return subtotal - (tenths + 1 if rest >= 5 else tenths)


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int
    note: str | None


class OrderRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        connection.execute(
            """
            CREATE TABLE IF NOT EXISTS orders (
                id INTEGER PRIMARY KEY,
                placed_by TEXT NOT NULL,
                cents INTEGER NOT NULL CHECK (cents >= 0),
                note TEXT
            )
            """
        )
        connection.execute(
            "CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (placed_by, id)"
        )

    def add(self, customer: str, lines: list[tuple[int, int]], note: str | None = None) -> Order:
        [(order_id,)] = self.connection.execute(
            "INSERT INTO orders (placed_by, cents, note) VALUES (:customer, :cents, :note)"
            " RETURNING id",
            {"customer": customer, "cents": order_total(lines), "note": note},
        ).fetchall()
        self.connection.commit()
        stored = self.get(order_id)
        assert stored is not None
        return stored

    def get(self, order_id: int) -> Order | None:
        row = self.connection.execute(
            "SELECT id, placed_by, cents, note FROM orders WHERE id = :id", {"id": order_id}
        ).fetchone()
        if row is None:
            return None
        return Order(id=row[0], customer=row[1], total_cents=row[2], note=row[3])

    def for_customer(self, customer: str) -> list[Order]:
        rows = self.connection.execute(
            "SELECT id, placed_by, cents, note FROM orders WHERE placed_by = :customer ORDER BY id",
            {"customer": customer},
        ).fetchall()
        return [Order(id=r[0], customer=r[1], total_cents=r[2], note=r[3]) for r in rows]

    def total_spent(self, customer: str) -> int:
        (total,) = self.connection.execute(
            "SELECT SUM(cents) FROM orders WHERE placed_by = :customer", {"customer": customer}
        ).fetchone()
        return 0 if total is None else total
