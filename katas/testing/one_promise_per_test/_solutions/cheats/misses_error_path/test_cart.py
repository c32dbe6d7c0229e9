"""Blind weak suite: one promise per test for the happy path, but no test of a ValueError (unknown code, quantity 0, negative price)."""

import dataclasses

import pytest

from .cart import Item, Receipt, checkout


def test_subtotal_sums_unit_price_times_quantity():
    assert checkout([Item("a", 300, 2), Item("b", 150, 3)]).subtotal == 1050


def test_no_code_means_no_discount():
    assert checkout([Item("a", 6000, 1)]).discount == 0


def test_save25_takes_a_quarter_off():
    assert checkout([Item("a", 8000, 1)], "SAVE25").discount == 2000


def test_codes_are_compared_in_upper_case():
    assert checkout([Item("a", 6000, 1)], "save10").discount == 600


def test_shipping_is_charged_below_5000():
    assert checkout([Item("a", 4999, 1)]).shipping == 499


def test_shipping_is_free_from_exactly_5000_cents_of_goods():
    assert checkout([Item("a", 5000, 1)]).shipping == 0


def test_free_shipping_counts_the_goods_after_the_discount():
    assert checkout([Item("a", 5000, 1)], "SAVE10").shipping == 499


def test_empty_cart_pays_no_shipping():
    assert checkout([]).shipping == 0


def test_vat_is_rounded_to_the_nearest_cent():
    # free shipping; 20 % of 6003 is 1200.6
    assert checkout([Item("a", 6003, 1)]).tax == 1201


def test_shipping_is_not_taxed():
    # 200 is 20 % of the goods alone
    assert checkout([Item("book", 1000, 1)]) == Receipt(1000, 0, 499, 200, 1699)


def test_items_are_left_as_they_were():
    items = [Item("a", 1000, 2)]
    checkout(items, "SAVE10")
    assert items == [Item("a", 1000, 2)]


def test_receipt_is_frozen():
    receipt = checkout([Item("a", 100, 1)])
    with pytest.raises(dataclasses.FrozenInstanceError):
        receipt.total = 0
