"""Weak suite: unit tests plus repository tests on one ":memory:" connection:
it never opens a second connection nor reopens a file, so an add() that never
commits looks fine."""

import sqlite3

import pytest

from .orders import Order, OrderRepository, order_total


@pytest.mark.parametrize(
    ("lines", "total"),
    [([(250, 4)], 1000), ([(9999, 1)], 9999), ([(10000, 1)], 9000), ([(10005, 1)], 9004)],
)
def test_order_total(lines, total):
    assert order_total(lines) == total


@pytest.fixture
def repo():
    connection = sqlite3.connect(":memory:")
    yield OrderRepository(connection)
    connection.close()


def test_round_trip(repo):
    order = repo.add("ann@example.com", [(1250, 2)], note="ring twice")
    assert repo.get(order.id) == Order(order.id, "ann@example.com", 2500, "ring twice")
    assert repo.get(order.id + 1) is None


def test_for_customer_and_total(repo):
    ann = repo.add("ann@example.com", [(100, 1)])
    repo.add("ANN@example.com", [(200, 1)])
    repo.add("joann@example.com", [(300, 1)])
    assert repo.for_customer("ann@example.com") == [ann]
    assert repo.total_spent("ann@example.com") == 100
    assert repo.total_spent("nobody@example.com") == 0
