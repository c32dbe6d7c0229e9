"""Alternative: plain SELECTs of whole tables, and the joins and counts done in Python."""

import sqlite3
from collections import Counter


def _customers(conn: sqlite3.Connection) -> list[tuple[int, str, str | None]]:
    return conn.execute("SELECT id, name, region FROM customers ORDER BY id").fetchall()


def _orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    return conn.execute("SELECT id, customer_id, amount FROM orders ORDER BY id").fetchall()


def unassigned_customers(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return [(i, name) for i, name, region in _customers(conn) if region is None]


def orders_per_customer(conn: sqlite3.Connection) -> list[tuple[int, str, int]]:
    counts = Counter(owner for _, owner, _ in _orders(conn))
    return [(i, name, counts[i]) for i, name, _ in _customers(conn)]


def customers_without_orders(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    owners = {owner for _, owner, _ in _orders(conn)}
    return [(i, name) for i, name, _ in _customers(conn) if i not in owners]


def orphan_orders(conn: sqlite3.Connection) -> list[tuple[int, int | None, int | None]]:
    known = {i for i, _, _ in _customers(conn)}
    return [order for order in _orders(conn) if order[1] not in known]


def customer_overview(conn: sqlite3.Connection) -> list[tuple[int, str, int, int]]:
    orders = Counter(owner for _, owner, _ in _orders(conn))
    tickets = Counter(owner for (owner,) in conn.execute("SELECT customer_id FROM tickets"))
    return [(i, name, orders[i], tickets[i]) for i, name, _ in _customers(conn)]


def big_spenders(conn: sqlite3.Connection, minimum: int) -> list[tuple[int, str, int]]:
    spent: Counter[int] = Counter()
    for _, owner, amount in _orders(conn):
        if amount is not None:
            spent[owner] += amount
    rows = [(i, name, spent[i]) for i, name, _ in _customers(conn) if spent[i] >= minimum]
    return sorted(rows, key=lambda row: (-row[2], row[0]))
