"""The shop's tables, and a helper that fills a database. Do not edit it: the tests use it."""

import sqlite3
from collections.abc import Iterable

SCHEMA = """
CREATE TABLE customers (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,    -- not unique: two customers may share a name
    region TEXT              -- NULL: not assigned to a region yet ('' is a region)
);
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER,     -- NULL: a guest checkout; may name a deleted customer
    amount      INTEGER      -- in cents; NULL: not priced yet; negative: a credit note
);
CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL   -- a support ticket; may name a deleted customer
);
"""

Customer = tuple[int, str, str | None]  # (id, name, region)
Order = tuple[int, int | None, int | None]  # (id, customer_id, amount)
Ticket = tuple[int, int]  # (id, customer_id)


def load(
    conn: sqlite3.Connection,
    customers: Iterable[Customer] = (),
    orders: Iterable[Order] = (),
    tickets: Iterable[Ticket] = (),
) -> sqlite3.Connection:
    """Create the tables in `conn`, insert the rows, commit, and return `conn`."""
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?)", customers)
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?)", orders)
    conn.executemany("INSERT INTO tickets VALUES (?, ?)", tickets)
    conn.commit()
    return conn
