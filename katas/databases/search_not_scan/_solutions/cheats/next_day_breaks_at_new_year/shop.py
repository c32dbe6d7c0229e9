"""Blind cheat: computes the next day by hand (day + 1, else the 1st of next month), which fails on 31 December.

Differs on: orders_on_day(conn, "2024-12-31") raises ValueError (month must be in 1..12) instead of
returning the ids of that day's orders.
"""

import sqlite3
from datetime import date

SCHEMA = """
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    email TEXT NOT NULL
)
"""

INDEXES = [
    "CREATE INDEX orders_customer_created ON orders (customer_id, created_at)",
    "CREATE INDEX orders_status_created ON orders (status, created_at)",
    "CREATE INDEX orders_created ON orders (created_at)",
    "CREATE INDEX orders_email_lower ON orders (lower(email))",
]


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)
    for statement in INDEXES:
        conn.execute(statement)


def customer_orders_since(
    conn: sqlite3.Connection, customer_id: int, since: str
) -> list[tuple[int, str, int]]:
    rows = conn.execute(
        "SELECT id, created_at, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at, id",
        (customer_id, since),
    )
    return rows.fetchall()


def latest_by_status(conn: sqlite3.Connection, status: str, limit: int) -> list[int]:
    rows = conn.execute(
        "SELECT id FROM orders WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?",
        (status, limit),
    )
    return [order_id for (order_id,) in rows]


def orders_on_day(conn: sqlite3.Connection, day: str) -> list[int]:
    start = date.fromisoformat(day)
    try:
        end = start.replace(day=start.day + 1)
    except ValueError:  # the last day of the month
        end = start.replace(month=start.month + 1, day=1)
    next_day = end.isoformat()
    rows = conn.execute(
        "SELECT id FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY id",
        (day, next_day),
    )
    return [order_id for (order_id,) in rows]


def find_by_email(conn: sqlite3.Connection, email: str) -> list[int]:
    rows = conn.execute("SELECT id FROM orders WHERE lower(email) = lower(?) ORDER BY id", (email,))
    return [order_id for (order_id,) in rows]
