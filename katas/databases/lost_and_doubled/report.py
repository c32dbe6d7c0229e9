"""The shop's weekly report: six queries against the tables in schema.py.

Each function takes an open sqlite3.Connection (tuples as rows, the default)
and returns a list of tuples, in the order given, with exactly these types:
int for ids and counts and totals, str for names, None where the column is
NULL. The tables may be empty; they hold NULLs, customers who share a name,
identical orders, and orders or tickets of customers who no longer exist.
The functions only read: they never change the database.

unassigned_customers(conn) -> [(id, name)]
    Customers whose region is NULL ('' is a region), by id.
orders_per_customer(conn) -> [(id, name, orders)]
    EVERY customer with their number of orders (0 for none; an unpriced order
    counts), by id.
customers_without_orders(conn) -> [(id, name)]
    Customers with no order at all, by id.
orphan_orders(conn) -> [(id, customer_id, amount)]
    Orders whose customer_id is NULL or names no customer, by id.
customer_overview(conn) -> [(id, name, orders, tickets)]
    EVERY customer with their number of orders and of tickets, by id.
big_spenders(conn, minimum) -> [(id, name, total)]
    Customers whose total, the sum of their priced orders' amounts (0 for a
    customer without any), is at least `minimum` (any int, 0 or negative
    too); by total, largest first, then by id.

    >>> orders_per_customer(conn)   # Bo has no order yet
    [(1, 'Ada', 2), (2, 'Bo', 0)]

Right now every query runs, and each answers a slightly different question:
rows go missing where a NULL or a join gets in the way, and counts double.
Fix the SQL (or the Python around it; any correct query is fine).
"""

import sqlite3


def unassigned_customers(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    # TODO: every query below loses rows or counts some twice. Start here: what is NULL = NULL?
    return conn.execute("SELECT id, name FROM customers WHERE region = NULL ORDER BY id").fetchall()


def orders_per_customer(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    return conn.execute(
        """
        SELECT c.id, c.name, COUNT(*)
        FROM customers c JOIN orders o ON o.customer_id = c.id
        GROUP BY c.id
        ORDER BY c.id
        """
    ).fetchall()


def customers_without_orders(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute(
        """
        SELECT id, name FROM customers
        WHERE id NOT IN (SELECT customer_id FROM orders)
        ORDER BY id
        """
    ).fetchall()


def orphan_orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    return conn.execute(
        """
        SELECT id, customer_id, amount FROM orders
        WHERE customer_id NOT IN (SELECT id FROM customers)
        ORDER BY id
        """
    ).fetchall()


def customer_overview(conn: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
    return conn.execute(
        """
        SELECT c.id, c.name, COUNT(o.id), COUNT(t.id)
        FROM customers c
        LEFT JOIN orders o ON o.customer_id = c.id
        LEFT JOIN tickets t ON t.customer_id = c.id
        GROUP BY c.id
        ORDER BY c.id
        """
    ).fetchall()


def big_spenders(conn: sqlite3.Connection, minimum: int) -> list[tuple[int, str, int]]:
    return conn.execute(
        """
        SELECT c.id, c.name, SUM(o.amount) AS total
        FROM customers c JOIN orders o ON o.customer_id = c.id
        WHERE o.amount >= ?
        GROUP BY c.id
        ORDER BY total DESC, c.id
        """,
        (minimum,),
    ).fetchall()
