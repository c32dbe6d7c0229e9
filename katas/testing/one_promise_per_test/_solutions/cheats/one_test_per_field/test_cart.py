"""Weak suite: one test per receipt field instead of one per promise.
test_shipping holds both threshold promises (exactly 5000, and after the
discount), test_tax both VAT promises (rounding, shipping untaxed), and
test_errors both error paths, so each pair of bugs fails the same one test.
"""

import pytest

from .cart import Item, checkout


def test_subtotal():
    assert checkout([Item("pen", 250, 2), Item("pad", 399, 3)]).subtotal == 1697


def test_discount():
    assert checkout([Item("chair", 6000, 1)], "SAVE10").discount == 600
    assert checkout([Item("chair", 6000, 1)], "save25").discount == 1500


def test_shipping():
    assert checkout([Item("lamp", 4999, 1)]).shipping == 499
    assert checkout([Item("lamp", 2500, 2)]).shipping == 0
    assert checkout([Item("lamp", 5000, 1)], "SAVE10").shipping == 499


def test_tax():
    assert checkout([Item("desk", 6003, 1)]).tax == 1201
    assert checkout([Item("book", 1000, 1)]).tax == 200


def test_errors():
    with pytest.raises(ValueError):
        checkout([Item("chair", 6000, 1)], "SAVE50")
    with pytest.raises(ValueError):
        checkout([Item("pen", 250, 0)])
