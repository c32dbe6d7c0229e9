"""Blind cheat: maps a NULL customer_id to the sentinel 0 to make NOT IN work, so a customer whose id is 0 is mistaken for the guest orders' customer.

Differs on: customers [(0, "Zed", None)] and orders [(10, None, 100)]: customers_without_orders
returns [] instead of [(0, 'Zed')], and orphan_orders returns [] instead of [(10, None, 100)].
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
        SELECT id, name FROM customers
        WHERE id NOT IN (SELECT COALESCE(customer_id, 0) FROM orders)
        ORDER BY id
        """
    ).fetchall()


def orphan_orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    return conn.execute(
        """
        SELECT id, customer_id, amount FROM orders
        WHERE COALESCE(customer_id, 0) NOT IN (SELECT id FROM customers)
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
