"""Cheat: right rows, but it creates an index on orders(customer_id) to speed up the joins.

Differs: after any call the database has a new index: a report that "only reads" wrote to the
schema (and, on a read-only replica, it would fail).
"""

import sqlite3


def unassigned_customers(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT id, name FROM customers WHERE region IS NULL ORDER BY id"
    ).fetchall()


def orders_per_customer(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    conn.execute("CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (customer_id)")
    return conn.execute(
        """
        SELECT c.id, c.name, COUNT(o.id)
        FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id
        ORDER BY c.id
        """
    ).fetchall()


def customers_without_orders(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(
        """
        SELECT id, name FROM customers c
        WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
        ORDER BY id
        """
    ).fetchall()


def orphan_orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    return conn.execute(
        """
        SELECT id, customer_id, amount FROM orders o
        WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id)
        ORDER BY id
        """
    ).fetchall()


def customer_overview(conn: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
    return conn.execute(
        """
        SELECT c.id, c.name,
            (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id),
            (SELECT COUNT(*) FROM tickets t WHERE t.customer_id = c.id)
        FROM customers c
        ORDER BY c.id
        """
    ).fetchall()


def big_spenders(conn: sqlite3.Connection, minimum: int) -> list[tuple[int, str, int]]:
    return conn.execute(
        """
        SELECT c.id, c.name, COALESCE(SUM(o.amount), 0) AS total
        FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id
        HAVING total >= ?
        ORDER BY total DESC, c.id
        """,
        (minimum,),
    ).fetchall()
