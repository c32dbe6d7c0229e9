import re
import sqlite3

import pytest

from .shop import (
    create_schema,
    customer_orders_since,
    find_by_email,
    latest_by_status,
    orders_on_day,
)

ORDERS = [
    # id, customer_id, status, created_at, total_cents, email
    (1, 7, "paid", "2024-02-29 23:59:59", 1200, "Ann@Example.com"),
    (2, 7, "new", "2024-03-01 00:00:00", 2500, "ann@example.com"),
    (3, 8, "paid", "2024-03-01 12:00:00", 700, "bob@example.com"),
    (4, 7, "paid", "2024-03-04 18:02:11", 990, "ANN@EXAMPLE.COM"),
    (5, 8, "paid", "2024-03-01 23:59:59", 300, "Émile@example.com"),
    (6, 7, "shipped", "2024-03-01 00:00:00", 450, "ann@example.org"),
    (7, 9, "paid", "2024-03-04 18:02:11", 120, "émile@example.com"),
]


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?)", ORDERS)
    yield conn
    conn.close()


def run_and_plan(conn, call):
    """call()'s result, and the query plan (EXPLAIN QUERY PLAN) of each SELECT it ran."""
    statements = []
    conn.set_trace_callback(statements.append)  # the SQL as run, values filled in
    try:
        result = call()
    finally:
        conn.set_trace_callback(None)
    selects = [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert selects, "no SELECT was run"
    plans = [[row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)] for sql in selects]
    return result, plans


def scans(plans):
    return [step for plan in plans for step in plan if step.startswith("SCAN")]


def sorts(plans):
    return [step for plan in plans for step in plan if "TEMP B-TREE" in step]


def test_customer_orders_since_returns_that_customers_orders_oldest_first(conn):
    assert customer_orders_since(conn, 7, "2024-03-01 00:00:00") == [
        (2, "2024-03-01 00:00:00", 2500),
        (6, "2024-03-01 00:00:00", 450),
        (4, "2024-03-04 18:02:11", 990),
    ]


def test_customer_orders_since_searches_on_the_customer_and_the_date(conn):
    _, plans = run_and_plan(conn, lambda: customer_orders_since(conn, 7, "2024-03-01 00:00:00"))
    assert not scans(plans), plans
    seek = r"customer_id=\? AND created_at[<>]"
    searched = [step for plan in plans for step in plan if re.search(seek, step)]
    assert searched, f"the index seek must use customer_id, then created_at: {plans}"
    assert not sorts(plans), f"the rows must come out of the index in order: {plans}"


def test_latest_by_status_returns_the_newest_first(conn):
    assert latest_by_status(conn, "paid", 3) == [7, 4, 5]
    assert latest_by_status(conn, "paid", 0) == []
    assert latest_by_status(conn, "refunded", 5) == []


def test_latest_by_status_reads_the_newest_orders_first_from_an_index(conn):
    _, plans = run_and_plan(conn, lambda: latest_by_status(conn, "paid", 3))
    assert not scans(plans), plans
    assert not sorts(plans), f"sorting every order of the status defeats LIMIT: {plans}"


def test_orders_on_day_includes_midnight_and_the_last_second(conn):
    assert orders_on_day(conn, "2024-03-01") == [2, 3, 5, 6]
    assert orders_on_day(conn, "2024-02-29") == [1]
    assert orders_on_day(conn, "2024-03-02") == []


def test_orders_on_day_searches_an_index(conn):
    result, plans = run_and_plan(conn, lambda: orders_on_day(conn, "2024-03-01"))
    assert result == [2, 3, 5, 6]
    assert not scans(plans), f"date(created_at) hides the column from its index: {plans}"


def test_find_by_email_ignores_ascii_case_only(conn):
    assert find_by_email(conn, "ann@example.com") == [1, 2, 4]
    assert find_by_email(conn, "ÉMILE@example.com") == [5]
    assert find_by_email(conn, "nobody@example.com") == []


def test_find_by_email_searches_an_index(conn):
    result, plans = run_and_plan(conn, lambda: find_by_email(conn, "ANN@example.com"))
    assert result == [1, 2, 4]
    assert not scans(plans), f"lower(email) hides the column from its index: {plans}"
