"""Blind cheat: big_spenders uses SQLite's TOTAL() (a SUM that is never NULL), which returns a float, not an int.

Differs on: the example shop, big_spenders(conn, 0) -> [(1, 'Ada', 11000.0), (2, 'Bo', 0.0), ...]:
equal with ==, but the totals are floats, not ints (and lose precision beyond 2**53).
"""

import sqlite3


def unassigned_customers(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT id, name FROM customers WHERE region IS NULL ORDER BY id"
    ).fetchall()


def orders_per_customer(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
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
        SELECT c.id, c.name FROM customers c
        WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
        ORDER BY c.id
        """
    ).fetchall()


def orphan_orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    return conn.execute(
        """
        SELECT o.id, o.customer_id, o.amount FROM orders o
        WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id)
        ORDER BY o.id
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
        SELECT c.id, c.name, TOTAL(o.amount) AS total
        FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id
        HAVING total >= ?
        ORDER BY total DESC, c.id
        """,
        (minimum,),
    ).fetchall()
