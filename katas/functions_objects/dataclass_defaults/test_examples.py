import pytest

from .order import Order


def test_a_new_order_starts_empty():
    ana = Order("ana")
    ana.add("apple", 2)
    assert Order("bo").lines == []


def test_orders_keep_their_own_lines():
    ana, bo = Order("ana"), Order("bo")
    ana.add("apple", 2)
    bo.add("pear")
    assert ana.lines == [("apple", 2)]
    assert bo.lines == [("pear", 1)]


def test_lines_can_be_given_when_the_order_is_made():
    order = Order("cy", "USD", [("pear", 1)])
    order.add("fig", 3)
    assert order.lines == [("pear", 1), ("fig", 3)]


def test_an_unknown_currency_is_refused():
    with pytest.raises(ValueError):
        Order("di", currency="euro")


def test_a_line_for_no_items_is_refused_when_the_order_is_made():
    with pytest.raises(ValueError):
        Order("ed", lines=[("pear", 0)])


def test_add_refuses_a_line_for_no_items():
    with pytest.raises(ValueError):
        Order("fay").add("pear", 0)
