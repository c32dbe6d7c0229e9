"""Weak suite: unit tests, and a real file reopened, but only one customer ever:
no lookalike emails, no customer without orders."""

import sqlite3
from contextlib import closing

import pytest

from .orders import OrderRepository, order_total


@pytest.mark.parametrize(
    ("lines", "total"),
    [([(250, 4)], 1000), ([(9999, 1)], 9999), ([(10000, 1)], 9000), ([(10005, 1)], 9004)],
)
def test_order_total(lines, total):
    assert order_total(lines) == total


def test_orders_survive_reopening(tmp_path):
    path = tmp_path / "orders.db"
    with closing(sqlite3.connect(path)) as connection:
        repo = OrderRepository(connection)
        first = repo.add("ann@example.com", [(100, 1)], note="gift")
        second = repo.add("ann@example.com", [(200, 1)])
    with closing(sqlite3.connect(path)) as connection:
        repo = OrderRepository(connection)
        assert repo.get(first.id) == first
        assert repo.for_customer("ann@example.com") == [first, second]
        assert repo.total_spent("ann@example.com") == 300
