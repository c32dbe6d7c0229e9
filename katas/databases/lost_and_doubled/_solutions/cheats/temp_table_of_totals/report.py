"""Blind cheat: big_spenders materialises the totals once in a TEMP table (CREATE TEMP TABLE IF NOT EXISTS), so it writes to the connection and later calls read stale totals.

Differs on: big_spenders(conn, 0), then INSERT an order (20, 2, 5000), then big_spenders(conn, 0)
-> Bo still has total 0 (and a temp table customer_totals now exists on the connection).
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
    conn.execute(
        """
        CREATE TEMP TABLE IF NOT EXISTS customer_totals AS
        SELECT c.id, c.name, COALESCE(SUM(o.amount), 0) AS total
        FROM customers c LEFT JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id
        """
    )
    return conn.execute(
        "SELECT id, name, total FROM customer_totals WHERE total >= ? ORDER BY total DESC, id",
        (minimum,),
    ).fetchall()
