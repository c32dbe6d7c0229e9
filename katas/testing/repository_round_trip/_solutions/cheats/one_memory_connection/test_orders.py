"""Blind weak suite: all storage tests through one ":memory:" connection (never a second connection or a reopen), only exact-email lookups, and lengths/non-None instead of equality."""

import sqlite3

import pytest

from .orders import OrderRepository, order_total


@pytest.fixture
def repo():
    return OrderRepository(sqlite3.connect(":memory:"))


def test_small_order_has_no_discount():
    assert order_total([(250, 4)]) == 1000


def test_big_order_gets_a_discount():
    assert order_total([(20000, 1)]) == 18000


def test_empty_order_is_rejected():
    with pytest.raises(ValueError):
        order_total([])


def test_add_then_get(repo):
    order = repo.add("ann@example.com", [(500, 2)])
    fetched = repo.get(order.id)
    assert fetched is not None
    assert fetched.customer == "ann@example.com"


def test_for_customer(repo):
    repo.add("ann@example.com", [(100, 1)])
    repo.add("ann@example.com", [(200, 1)])
    repo.add("bob@example.com", [(300, 1)])
    assert len(repo.for_customer("ann@example.com")) == 2


def test_total_spent(repo):
    repo.add("ann@example.com", [(100, 1)])
    repo.add("ann@example.com", [(200, 1)])
    assert repo.total_spent("ann@example.com") == 300


def test_missing_order(repo):
    assert repo.get(999) is None
