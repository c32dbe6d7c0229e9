"""Blind weak suite: reads the private table (name `orders`, its columns, raw rows) with SQL, pins the ValueError wording and counts commit() calls on a mocked connection.

Thorough otherwise, but coupled to a schema and to messages the contract keeps private.
"""

import contextlib
import sqlite3
from unittest import mock

import pytest

from .orders import DISCOUNT_FROM_CENTS, Order, OrderRepository, order_total


@pytest.mark.parametrize(
    "lines, total",
    [
        ([(250, 4)], 1000),
        ([(9999, 1)], 9999),
        ([(10000, 1)], 9000),
        ([(10001, 1)], 9001),
        ([(10004, 1)], 9004),
        ([(10005, 1)], 9004),
        ([(10006, 1)], 9005),
        ([(5000, 1), (2500, 2)], 9000),
        ([(0, 3)], 0),
    ],
)
def test_order_total(lines, total):
    assert order_total(lines) == total


def test_the_threshold_constant():
    assert DISCOUNT_FROM_CENTS == 10_000


def test_empty_order_message():
    with pytest.raises(ValueError, match="an order needs at least one line"):
        order_total([])


def test_bad_line_message():
    with pytest.raises(ValueError, match=r"bad line: -1 cents x 1"):
        order_total([(-1, 1)])
    with pytest.raises(ValueError, match=r"bad line: 100 cents x 0"):
        order_total([(100, 0)])


@pytest.fixture
def db(tmp_path):
    return tmp_path / "orders.db"


def test_the_table_holds_the_row(db):
    with contextlib.closing(sqlite3.connect(db)) as conn:
        order = OrderRepository(conn).add("ann@example.com", [(2500, 2)], note="gift")
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT id, customer, total_cents, note FROM orders").fetchall()
    assert rows == [(order.id, "ann@example.com", 5000, "gift")]


def test_the_repository_keeps_the_connection():
    conn = sqlite3.connect(":memory:")
    repo = OrderRepository(conn)
    assert repo._connection is conn


def test_add_commits_exactly_once():
    conn = mock.MagicMock()
    conn.execute.return_value.lastrowid = 1
    order = OrderRepository(conn).add("ann@example.com", [(100, 1)])
    assert conn.commit.call_count == 1
    assert order == Order(1, "ann@example.com", 100, None)


def test_round_trip_after_reopen(db):
    with contextlib.closing(sqlite3.connect(db)) as conn:
        repo = OrderRepository(conn)
        first = repo.add("ann@example.com", [(10000, 1)], note="first")
        second = repo.add("ann@example.com", [(300, 1)])
    with contextlib.closing(sqlite3.connect(db)) as conn:
        repo = OrderRepository(conn)
        assert repo.get(first.id) == first
        assert repo.get(second.id) == second
        assert repo.for_customer("ann@example.com") == [first, second]
        assert repo.total_spent("ann@example.com") == 9300


def test_lookalike_emails(db):
    with contextlib.closing(sqlite3.connect(db)) as conn:
        repo = OrderRepository(conn)
        ann = repo.add("ann@example.com", [(100, 1)])
        repo.add("ANN@example.com", [(200, 1)])
        repo.add("joann@example.com", [(400, 1)])
        assert repo.for_customer("ann@example.com") == [ann]
        assert repo.total_spent("ann@example.com") == 100


def test_nobody(db):
    with contextlib.closing(sqlite3.connect(db)) as conn:
        repo = OrderRepository(conn)
        assert repo.total_spent("nobody@example.com") == 0
        assert repo.for_customer("nobody@example.com") == []
        assert repo.get(1) is None
