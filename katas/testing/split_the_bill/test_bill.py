"""Your tests for bill.split: the kata is solved when they pass on every correct
implementation of bill.py and fail on each of its planted bugs.

TODO: read the contract in bill.py's docstring, then write one small test per
promise it makes: the total is kept, who gets the leftover cents, shares of 0,
each ValueError, the caller's list. Test what split() returns and raises, never
how it computes it.
"""

from .bill import split


def test_an_even_split():
    assert split(100, [1, 1]) == [50, 50]
