"""Weak suite: test_everything cut mechanically into one test per assertion,
magic numbers kept. The first test still mixes two promises (VAT rounding and
no VAT on shipping), so both VAT bugs fail exactly that test and nothing else.
"""

import pytest

from .cart import Item, Receipt, checkout


def test_receipt_1():
    assert checkout([Item("a", 1234, 1)]) == Receipt(1234, 0, 499, 247, 1980)


def test_receipt_2():
    assert checkout([Item("a", 2500, 2)]).shipping == 0


def test_receipt_3():
    assert checkout([Item("a", 5000, 1)], "SAVE10").shipping == 499


def test_receipt_4():
    assert checkout([Item("a", 8000, 1)], "save25").total == 7200


def test_errors_1():
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 1)], "SAVE50")


def test_errors_2():
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 0)])
