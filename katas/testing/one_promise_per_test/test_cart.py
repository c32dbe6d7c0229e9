"""Tests for cart.checkout. They catch every planted bug, yet a red run says
nothing: it is one test, so whatever broke, the same test fails.

TODO: split test_everything into small tests, one per promise in cart.py's
docstring, each named for the promise it checks
(test_shipping_is_free_from_exactly_5000_cents_of_goods), with values chosen
so that it fails only when that promise breaks. The kata is solved when your
tests pass on every correct cart.py, catch each planted bug, and no two bugs
make exactly the same tests fail.
"""

import pytest

from .cart import Item, Receipt, checkout


def test_everything():
    assert checkout([Item("a", 1234, 1)]) == Receipt(1234, 0, 499, 247, 1980)
    assert checkout([Item("a", 2500, 2)]).shipping == 0
    assert checkout([Item("a", 5000, 1)], "SAVE10").shipping == 499
    assert checkout([Item("a", 8000, 1)], "save25").total == 7200
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 1)], "SAVE50")
    with pytest.raises(ValueError):
        checkout([Item("a", 100, 0)])
