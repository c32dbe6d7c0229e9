"""Reference: composite indexes in the right column order, an expression index, a range.

orders_on_day() compares the bare column with a half-open range of text (the
format sorts like time), so the index on created_at serves it; find_by_email()
keeps its query and gets an index on the very expression it filters on.
"""

import sqlite3
from datetime import date, timedelta

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

# Equality columns first, then the column of the range or of the ORDER BY.
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
    next_day = date.fromisoformat(day) + timedelta(days=1)
    rows = conn.execute(
        "SELECT id FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY id",
        (day, next_day.isoformat()),
    )
    return [order_id for (order_id,) in rows]


def find_by_email(conn: sqlite3.Connection, email: str) -> list[int]:
    rows = conn.execute("SELECT id FROM orders WHERE lower(email) = lower(?) ORDER BY id", (email,))
    return [order_id for (order_id,) in rows]
