"""Blind weak suite: one test per Receipt field plus one for bad input; catches every bug, but each test mixes several promises (both shipping rules, both VAT rules, both ValueErrors), so different bugs fail the same tests."""

import pytest

from .cart import Item, Receipt, checkout


def test_subtotal():
    assert checkout([Item("a", 300, 2), Item("b", 150, 3)]).subtotal == 1050
    assert checkout([]).subtotal == 0


def test_discount():
    assert checkout([Item("a", 6000, 1)]).discount == 0
    assert checkout([Item("a", 6005, 1)], "SAVE10").discount == 600
    assert checkout([Item("a", 8000, 1)], "save25").discount == 2000


def test_shipping():
    assert checkout([Item("a", 4999, 1)]).shipping == 499
    assert checkout([Item("a", 5000, 1)]).shipping == 0
    assert checkout([Item("a", 5000, 1)], "SAVE10").shipping == 499
    assert checkout([]).shipping == 0


def test_tax():
    assert checkout([Item("a", 1000, 1)]).tax == 200
    assert checkout([Item("a", 6003, 1)]).tax == 1201


def test_total():
    assert checkout([Item("a", 1234, 1)]) == Receipt(1234, 0, 499, 247, 1980)
    assert checkout([Item("a", 5000, 1)]).total == 6000
    assert checkout([Item("a", 5000, 1)], "SAVE10").total == 4500 + 499 + 900


def test_bad_input_is_rejected():
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 1)], "SAVE50")
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 0)])
    with pytest.raises(ValueError):
        checkout([Item("a", -1, 1)])
