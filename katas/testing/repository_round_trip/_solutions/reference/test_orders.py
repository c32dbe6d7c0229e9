"""Tests for orders.py: unit tests for the pricing rule, integration tests for the
repository against a real SQLite file."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from .orders import Order, OrderRepository, order_total

# -- unit tests: order_total is pure, no database -------------------------------------


@pytest.mark.parametrize(
    ("lines", "total"),
    [([(250, 4)], 1000), ([(1999, 1), (1, 2)], 2001), ([(0, 3), (500, 1)], 500)],
    ids=["price times quantity", "lines add up", "a free item"],
)
def test_the_total_is_each_price_times_its_quantity(lines, total):
    assert order_total(lines) == total


@pytest.mark.parametrize(
    ("lines", "total"),
    [
        ([(9999, 1)], 9999),
        ([(10000, 1)], 9000),
        ([(5000, 1), (2500, 2)], 9000),
        ([(10004, 1)], 9004),
        ([(10005, 1)], 9004),
        ([(10006, 1)], 9005),
    ],
    ids=[
        "just under $100: no discount",
        "exactly $100: 10 % off",
        "the subtotal counts, not each line",
        "1000.4 cents off rounds down",
        "1000.5 cents off rounds up",
        "1000.6 cents off rounds up",
    ],
)
def test_ten_percent_off_from_100_dollars_to_the_nearest_cent(lines, total):
    assert order_total(lines) == total


@pytest.mark.parametrize(
    "lines",
    [[], [(-1, 1)], [(100, 0)], [(100, 1), (100, -1)]],
    ids=["no lines", "a negative price", "a quantity of 0", "a negative quantity"],
)
def test_an_impossible_order_raises_value_error(lines):
    with pytest.raises(ValueError):
        order_total(lines)


# -- integration tests: a real SQLite file under tmp_path -----------------------------


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "orders.db"


@contextmanager
def repository(db_file: Path) -> Iterator[OrderRepository]:
    """A repository on a connection of its own, closed afterwards (not committed:
    `with sqlite3.connect(...)` would commit, and hide a missing commit)."""
    with closing(sqlite3.connect(db_file)) as connection:
        yield OrderRepository(connection)


@pytest.fixture
def repo(db_file: Path) -> Iterator[OrderRepository]:
    with repository(db_file) as repo:
        yield repo


def test_an_order_comes_back_as_it_was_added(repo):
    order = repo.add("ann@example.com", [(1250, 2)], note="ring twice")
    assert order == Order(order.id, "ann@example.com", 2500, "ring twice")
    assert repo.get(order.id) == order


def test_an_order_without_a_note_comes_back_with_none(repo):
    order = repo.add("ann@example.com", [(1250, 2)])
    assert repo.get(order.id) == Order(order.id, "ann@example.com", 2500, None)


def test_add_prices_the_order_with_the_discount(repo):
    assert repo.add("ann@example.com", [(10005, 1)]).total_cents == 9004


def test_an_unknown_id_is_none(repo):
    order = repo.add("ann@example.com", [(100, 1)])
    assert repo.get(order.id + 1) is None


def test_orders_survive_closing_and_reopening_the_file(db_file):
    with repository(db_file) as repo:
        first = repo.add("ann@example.com", [(100, 1)])
        second = repo.add("bob@example.com", [(200, 1)], note="gift")
    with repository(db_file) as reopened:
        assert reopened.get(first.id) == first
        assert reopened.get(second.id) == second


def test_another_connection_sees_an_order_at_once(db_file):
    with repository(db_file) as writer, repository(db_file) as reader:
        order = writer.add("ann@example.com", [(100, 1)])
        assert reader.get(order.id) == order
        assert reader.total_spent("ann@example.com") == 100


def test_a_rejected_order_stores_nothing(repo):
    with pytest.raises(ValueError):
        repo.add("ann@example.com", [])
    assert repo.for_customer("ann@example.com") == []


def test_a_customers_orders_come_oldest_first_without_the_others(repo):
    first = repo.add("ann@example.com", [(100, 1)])
    repo.add("bob@example.com", [(200, 1)])
    third = repo.add("ann@example.com", [(300, 1)])
    assert first.id < third.id
    assert repo.for_customer("ann@example.com") == [first, third]


@pytest.mark.parametrize(
    "lookalike",
    ["ANN@example.com", "joann@example.com", "ann@example.com.au"],
    ids=["other letter case", "contains the email", "starts with the email"],
)
def test_emails_match_exactly(repo, lookalike):
    theirs = repo.add(lookalike, [(500, 1)])
    ann = repo.add("ann@example.com", [(100, 1)])
    assert repo.for_customer("ann@example.com") == [ann]
    assert repo.total_spent("ann@example.com") == 100
    assert repo.for_customer(lookalike) == [theirs]


def test_total_spent_adds_up_a_customers_orders(repo):
    repo.add("ann@example.com", [(1000, 1)])
    repo.add("bob@example.com", [(5000, 1)])
    repo.add("ann@example.com", [(250, 2)])
    assert repo.total_spent("ann@example.com") == 1500


def test_a_customer_with_no_orders_has_spent_zero(repo):
    assert repo.total_spent("ann@example.com") == 0
    repo.add("bob@example.com", [(100, 1)])
    assert repo.total_spent("ann@example.com") == 0
    assert repo.for_customer("ann@example.com") == []
