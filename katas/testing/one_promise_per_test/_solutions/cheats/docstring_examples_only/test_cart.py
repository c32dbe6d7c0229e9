"""Blind weak suite: only the two docstring examples, one test each; boundaries, VAT rounding, lower-case codes and every ValueError go untested."""

from .cart import Item, Receipt, checkout


def test_two_pens_pay_shipping_and_vat():
    assert checkout([Item("pen", 250, 2)]) == Receipt(
        subtotal=500, discount=0, shipping=499, tax=100, total=1099
    )


def test_save10_on_a_lamp_and_a_bulb():
    assert checkout([Item("lamp", 4500, 1), Item("bulb", 500, 1)], code="SAVE10") == Receipt(
        subtotal=5000, discount=500, shipping=499, tax=900, total=5899
    )
