"""Blind weak suite: good pricing and storage round trips, but never checks a ValueError (empty order, negative price, zero quantity) nor that a rejected order stores nothing."""

import contextlib
import sqlite3

import pytest

from .orders import OrderRepository, order_total


@pytest.mark.parametrize(
    "lines, total",
    [
        ([(250, 4)], 1000),
        ([(9999, 1)], 9999),
        ([(10000, 1)], 9000),
        ([(10004, 1)], 9004),
        ([(10005, 1)], 9004),
        ([(10006, 1)], 9005),
        ([(5000, 1), (2500, 2)], 9000),
    ],
)
def test_order_total(lines, total):
    assert order_total(lines) == total


@pytest.fixture
def path(tmp_path):
    return tmp_path / "orders.db"


def test_an_order_survives_a_reopen(path):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        order = OrderRepository(conn).add("ann@example.com", [(1200, 1)], note="by the door")
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert OrderRepository(conn).get(order.id) == order


def test_another_connection_sees_the_order(path):
    with (
        contextlib.closing(sqlite3.connect(path)) as writer,
        contextlib.closing(sqlite3.connect(path)) as reader,
    ):
        order = OrderRepository(writer).add("ann@example.com", [(700, 2)])
        assert OrderRepository(reader).for_customer("ann@example.com") == [order]


def test_orders_of_a_customer_oldest_first(path):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        repo = OrderRepository(conn)
        a = repo.add("ann@example.com", [(100, 1)])
        b = repo.add("ann@example.com", [(200, 1)], note="second")
        repo.add("ANN@example.com", [(300, 1)])
        repo.add("joann@example.com", [(400, 1)])
        assert a.id < b.id
        assert repo.for_customer("ann@example.com") == [a, b]
        assert repo.total_spent("ann@example.com") == 300


def test_a_customer_with_no_orders(path):
    with contextlib.closing(sqlite3.connect(path)) as conn:
        repo = OrderRepository(conn)
        assert repo.for_customer("nobody@example.com") == []
        assert repo.total_spent("nobody@example.com") == 0
        assert repo.get(42) is None
