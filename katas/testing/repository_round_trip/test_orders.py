"""Your tests for orders.py: the kata is solved when they pass on every correct
implementation of orders.py and fail on each of its planted bugs.

TODO: read the contract in orders.py's docstring, then write two kinds of tests.
Unit tests for order_total, which is pure: no database needed, so they are many,
small and fast (the discount threshold, the rounding, each ValueError). And
integration tests for OrderRepository against a real SQLite database file under
pytest's tmp_path: what add() stores comes back from get(), for_customer() and
total_spent(), through another connection and after the file is reopened.
Some bugs only a real database shows. Test through the repository's methods,
never its table.
"""

from .orders import order_total


def test_the_price_is_multiplied_by_the_quantity():
    assert order_total([(250, 4)]) == 1000
