"""Weak suite: focused, well-named tests of every price promise, but no error
path: an unknown code and a quantity of 0 are never tried, so the bugs that
accept them survive.
"""

from .cart import Item, Receipt, checkout


def test_a_code_is_accepted_in_any_case():
    assert checkout([Item("chair", 6000, 1)], "save10").discount == 600


def test_shipping_is_free_from_exactly_5000_cents_of_goods():
    assert checkout([Item("lamp", 2500, 2)]).shipping == 0


def test_free_shipping_counts_the_goods_after_the_discount():
    assert checkout([Item("lamp", 5000, 1)], "SAVE10").shipping == 499


def test_vat_is_rounded_to_the_nearest_cent():
    assert checkout([Item("desk", 6003, 1)]).tax == 1201


def test_shipping_is_not_taxed():
    assert checkout([Item("book", 1000, 1)]) == Receipt(1000, 0, 499, 200, 1699)
