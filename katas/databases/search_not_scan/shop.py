"""The shop's order queries, and the indexes that should make them fast.

create_schema(conn) creates the orders table (SCHEMA, fixed) and every index
in INDEXES on an empty database. The four queries below run on every page
view; with a million orders, each one must find its rows through an index:
EXPLAIN QUERY PLAN must show `SEARCH orders USING ... INDEX`, never
`SCAN orders` (a full scan of the table, or of a whole index). And:

- customer_orders_since() searches on both the customer and the date, and
  reads the rows in the order it returns them (no `USE TEMP B-TREE`);
- latest_by_status() reads the newest orders of the status first, so that
  LIMIT stops early (no `USE TEMP B-TREE` either).

Their results must not change. created_at is always 'YYYY-MM-DD HH:MM:SS'
(a real date and time, years 2000 to 2099), so text order is time order.
Customer ids are ints; a status and an email are any str. Each function
returns a list, ties broken by id as stated:

    >>> customer_orders_since(conn, 7, "2024-03-01 00:00:00")
    [(12, '2024-03-01 09:30:00', 2500), (15, '2024-03-04 18:02:11', 990)]

- customer_orders_since(conn, customer_id, since): (id, created_at,
  total_cents) of that customer's orders created at or after `since` (same
  format), oldest first, then by id.
- latest_by_status(conn, status, limit): the ids of the `limit` (>= 0) newest
  orders with exactly that status, newest first, then the higher id first.
- orders_on_day(conn, day): the ids of the orders created on `day`
  ('YYYY-MM-DD'), by id.
- find_by_email(conn, email): the ids of the orders whose email equals
  `email` once ASCII letters are lower-cased on both sides (SQLite's lower()
  folds only A to Z: 'É' stays 'É'), by id.

Right now every query reads far more than it returns: the single-column
indexes below do not fit the queries, and two queries wrap the column in a
function, which no index on the bare column can serve. Fix INDEXES (any set
of indexes that makes the plans right will do) and, where an index cannot
help a query as written, rewrite the query without changing its results.
"""

import sqlite3

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

# TODO: indexes that fit the queries below (the column order matters).
INDEXES = [
    "CREATE INDEX orders_customer ON orders (customer_id)",
    "CREATE INDEX orders_status ON orders (status)",
    "CREATE INDEX orders_created ON orders (created_at)",
    "CREATE INDEX orders_email ON orders (email)",
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
    rows = conn.execute("SELECT id FROM orders WHERE date(created_at) = ? ORDER BY id", (day,))
    return [order_id for (order_id,) in rows]


def find_by_email(conn: sqlite3.Connection, email: str) -> list[int]:
    rows = conn.execute("SELECT id FROM orders WHERE lower(email) = lower(?) ORDER BY id", (email,))
    return [order_id for (order_id,) in rows]
