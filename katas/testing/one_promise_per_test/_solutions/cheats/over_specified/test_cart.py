"""Blind weak suite: one promise per test, but it also pins the exact ValueError wording, the private helpers _percent_to_nearest_cent/_discount_percent (mocked) and the exact DISCOUNT_CODES table."""

import dataclasses
from unittest import mock

import pytest

from . import cart
from .cart import Item, Receipt, checkout


def test_subtotal_sums_unit_price_times_quantity():
    assert checkout([Item("a", 300, 2), Item("b", 150, 3)]).subtotal == 1050


def test_no_code_means_no_discount():
    assert checkout([Item("a", 6000, 1)]).discount == 0


def test_discount_is_rounded_down():
    # 10 % of 6005 is 600.5
    assert checkout([Item("a", 6005, 1)], "SAVE10").discount == 600


def test_codes_are_compared_in_upper_case():
    assert checkout([Item("a", 6000, 1)], "save10").discount == 600


def test_shipping_is_charged_below_5000():
    assert checkout([Item("a", 4999, 1)]).shipping == 499


def test_shipping_is_free_from_exactly_5000_cents_of_goods():
    assert checkout([Item("a", 5000, 1)]).shipping == 0


def test_free_shipping_counts_the_goods_after_the_discount():
    assert checkout([Item("a", 5000, 1)], "SAVE10").shipping == 499


def test_empty_cart_pays_no_shipping():
    assert checkout([]) == Receipt(0, 0, 0, 0, 0)


def test_vat_is_rounded_to_the_nearest_cent():
    # free shipping; 20 % of 6003 is 1200.6
    assert checkout([Item("a", 6003, 1)]).tax == 1201


def test_shipping_is_not_taxed():
    assert checkout([Item("a", 1000, 1)]).tax == 200


def test_total_adds_everything_up():
    assert checkout([Item("a", 1000, 1)]).total == 1000 + 499 + 200


def test_percent_helper_rounds_half_up():
    assert cart._percent_to_nearest_cent(6003, 20) == 1201
    assert cart._percent_to_nearest_cent(1234, 20) == 247


def test_discount_goes_through_the_percent_lookup():
    with mock.patch.object(cart, "_discount_percent", return_value=50) as lookup:
        receipt = checkout([Item("a", 1000, 1)], "ANY")
    lookup.assert_called_once_with("ANY")
    assert receipt.discount == 500


def test_discount_codes_table():
    assert cart.DISCOUNT_CODES == {"SAVE10": 10, "SAVE25": 25}


def test_unknown_code_raises_value_error():
    with pytest.raises(ValueError, match=r"^unknown discount code 'SAVE50'$"):
        checkout([Item("a", 100, 1)], "SAVE50")


def test_zero_quantity_raises_value_error():
    with pytest.raises(ValueError, match=r"^a: quantity 0 is below 1$"):
        checkout([Item("a", 100, 0)])


def test_negative_price_raises_value_error():
    with pytest.raises(ValueError, match=r"unit price -1 is below 0 cents"):
        checkout([Item("a", -1, 1)])


def test_receipt_is_frozen():
    receipt = checkout([Item("a", 100, 1)])
    with pytest.raises(dataclasses.FrozenInstanceError):
        receipt.total = 0
