"""Blind cheat: memoizes every query with functools.lru_cache on (conn, arguments): fast, but an order inserted after the first call is never seen.

Differs on: orders_on_day(conn, "2024-03-01") -> [2, 3, 5, 6]; then INSERT an order (id 8) created
"2024-03-01 08:00:00"; orders_on_day(conn, "2024-03-01") still returns [2, 3, 5, 6], not [2, 3, 5, 6, 8].
"""

import sqlite3
from datetime import date, timedelta
from functools import lru_cache

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


@lru_cache(maxsize=1024)  # these run on every page view
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


@lru_cache(maxsize=1024)
def latest_by_status(conn: sqlite3.Connection, status: str, limit: int) -> list[int]:
    rows = conn.execute(
        "SELECT id FROM orders WHERE status = ? ORDER BY created_at DESC, id DESC LIMIT ?",
        (status, limit),
    )
    return [order_id for (order_id,) in rows]


@lru_cache(maxsize=1024)
def orders_on_day(conn: sqlite3.Connection, day: str) -> list[int]:
    next_day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    rows = conn.execute(
        "SELECT id FROM orders WHERE created_at >= ? AND created_at < ? ORDER BY id",
        (day, next_day),
    )
    return [order_id for (order_id,) in rows]


@lru_cache(maxsize=1024)
def find_by_email(conn: sqlite3.Connection, email: str) -> list[int]:
    rows = conn.execute("SELECT id FROM orders WHERE lower(email) = lower(?) ORDER BY id", (email,))
    return [order_id for (order_id,) in rows]
