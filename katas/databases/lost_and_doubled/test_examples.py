import sqlite3

import pytest

from .report import (
    big_spenders,
    customer_overview,
    customers_without_orders,
    orders_per_customer,
    orphan_orders,
    unassigned_customers,
)
from .schema import load

CUSTOMERS = [
    (1, "Ada", "north"),
    (2, "Bo", None),  # no region yet
    (3, "Cy", "south"),
    (4, "Ada", None),  # another Ada
]
ORDERS = [
    (10, 1, 3000),
    (11, 1, 4000),
    (12, 1, 4000),  # the same again: a second, identical order
    (13, 3, None),  # not priced yet
    (14, None, 1500),  # a guest checkout
    (15, 99, 2500),  # customer 99 was deleted
]
TICKETS = [(20, 1), (21, 1), (22, 2), (23, 99)]


@pytest.fixture
def shop():
    conn = load(sqlite3.connect(":memory:"), CUSTOMERS, ORDERS, TICKETS)
    yield conn
    conn.close()


def test_a_null_region_is_found_with_is_null(shop):
    assert unassigned_customers(shop) == [(2, "Bo"), (4, "Ada")]


def test_customers_without_orders_are_counted_as_zero(shop):
    assert orders_per_customer(shop) == [(1, "Ada", 3), (2, "Bo", 0), (3, "Cy", 1), (4, "Ada", 0)]


def test_a_guest_order_does_not_hide_customers_without_orders(shop):
    assert customers_without_orders(shop) == [(2, "Bo"), (4, "Ada")]


def test_a_guest_order_is_an_orphan_too(shop):
    assert orphan_orders(shop) == [(14, None, 1500), (15, 99, 2500)]


def test_orders_and_tickets_are_not_multiplied_by_each_other(shop):
    assert customer_overview(shop) == [
        (1, "Ada", 3, 2),
        (2, "Bo", 0, 1),
        (3, "Cy", 1, 0),
        (4, "Ada", 0, 0),
    ]


def test_big_spenders_are_judged_on_their_total_not_on_each_order(shop):
    assert big_spenders(shop, 10000) == [(1, "Ada", 11000)]


def test_with_no_minimum_everyone_is_a_big_spender_even_at_zero(shop):
    assert big_spenders(shop, 0) == [(1, "Ada", 11000), (2, "Bo", 0), (3, "Cy", 0), (4, "Ada", 0)]


def test_an_empty_shop_reports_nothing():
    conn = load(sqlite3.connect(":memory:"))
    assert customer_overview(conn) == []
    assert big_spenders(conn, -1) == []
    conn.close()
