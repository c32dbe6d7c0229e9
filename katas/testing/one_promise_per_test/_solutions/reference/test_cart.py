"""Tests for cart.checkout: one promise each, so a failure names what broke."""

import dataclasses

import pytest

from .cart import Item, Receipt, checkout


def test_the_subtotal_adds_up_price_times_quantity():
    receipt = checkout([Item("pen", 250, 2), Item("pad", 399, 3)])
    assert receipt.subtotal == 500 + 1197


def test_without_a_code_there_is_no_discount():
    assert checkout([Item("pen", 250, 2)]).discount == 0


@pytest.mark.parametrize(("code", "discount"), [("SAVE10", 600), ("SAVE25", 1500)])
def test_a_code_takes_its_percentage_off_the_subtotal(code, discount):
    assert checkout([Item("chair", 6000, 1)], code).discount == discount


def test_the_discount_is_rounded_down_to_the_cent():
    # 10 % of 1999 is 199.9, 25 % of it 499.75.
    assert checkout([Item("mug", 1999, 1)], "SAVE10").discount == 199
    assert checkout([Item("mug", 1999, 1)], "SAVE25").discount == 499


def test_a_code_is_accepted_in_any_case():
    assert checkout([Item("chair", 6000, 1)], "save10").discount == 600
    assert checkout([Item("chair", 6000, 1)], "Save25").discount == 1500


def test_an_unknown_code_raises_value_error():
    with pytest.raises(ValueError):
        checkout([Item("chair", 6000, 1)], "SAVE50")


def test_shipping_is_charged_on_goods_below_5000_cents():
    assert checkout([Item("lamp", 4999, 1)]).shipping == 499


def test_shipping_is_free_from_exactly_5000_cents_of_goods():
    assert checkout([Item("lamp", 2500, 2)]).shipping == 0


def test_free_shipping_counts_the_goods_after_the_discount():
    # A subtotal of 5000 cents, 4500 after SAVE10: shipping is charged.
    assert checkout([Item("lamp", 5000, 1)], "SAVE10").shipping == 499


def test_an_empty_cart_costs_nothing():
    assert checkout([]) == Receipt(0, 0, 0, 0, 0)


def test_a_free_item_still_pays_shipping():
    assert checkout([Item("sample", 0, 1)]).shipping == 499


def test_vat_is_20_percent_of_the_goods_after_the_discount():
    # Goods of 5400 cents after SAVE10: VAT 1080, shipping free.
    assert checkout([Item("desk", 6000, 1)], "SAVE10") == Receipt(6000, 600, 0, 1080, 6480)


@pytest.mark.parametrize(
    ("goods", "tax"),
    [(6001, 1200), (6002, 1200), (6003, 1201), (6004, 1201)],
    ids=["1200.2", "1200.4", "1200.6", "1200.8"],
)
def test_vat_is_rounded_to_the_nearest_cent(goods, tax):
    # Shipping is free on these carts, so only the rounding decides.
    assert checkout([Item("desk", goods, 1)]).tax == tax


def test_shipping_is_not_taxed():
    # 1000 cents of goods: VAT 200 on the goods alone, not 299.8 on goods and shipping.
    assert checkout([Item("book", 1000, 1)]) == Receipt(1000, 0, 499, 200, 1699)


@pytest.mark.parametrize("quantity", [0, -1])
def test_a_quantity_below_one_raises_value_error(quantity):
    with pytest.raises(ValueError):
        checkout([Item("pen", 250, quantity)])


def test_a_negative_unit_price_raises_value_error():
    with pytest.raises(ValueError):
        checkout([Item("pen", -1, 1)])


def test_the_callers_items_are_left_alone():
    items = [Item("pen", 250, 2), Item("pad", 399, 3)]
    checkout(items, "SAVE10")
    assert items == [Item("pen", 250, 2), Item("pad", 399, 3)]


def test_items_and_receipts_cannot_be_changed():
    item = Item("pen", 250, 2)
    receipt = checkout([item])
    with pytest.raises(dataclasses.FrozenInstanceError):
        receipt.total = 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.quantity = 5
