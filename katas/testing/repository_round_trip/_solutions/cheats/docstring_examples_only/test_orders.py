"""Blind weak suite: only the docstring's examples (one small order in :memory:, the 10_005 rounding case); no threshold, commit, reopen, lookalike-email or empty-customer tests.

Tests only what the docstring of orders.py shows.
"""

import sqlite3

from .orders import OrderRepository, order_total


def test_the_price_is_multiplied_by_the_quantity():
    assert order_total([(250, 4)]) == 1000


def test_a_half_cent_discount_is_rounded_up():
    assert order_total([(10005, 1)]) == 10005 - 1001


def test_the_docstring_example():
    repo = OrderRepository(sqlite3.connect(":memory:"))
    order = repo.add("ann@example.com", [(2500, 2), (1000, 1)])
    assert (order.total_cents, repo.total_spent("ann@example.com")) == (6000, 6000)
