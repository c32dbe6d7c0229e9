"""Find the new subscribers in an imported mailing list.

new_subscribers(imported, subscribers) returns the addresses of `imported`
that are not in `subscribers`, in the order of `imported` (an address listed
twice there is returned twice: it is a filter). `subscribers` is any sequence
of addresses (a list, or the tests' counting one). Addresses are any str and
are matched exactly: "Ana@x.io" is not "ana@x.io". It returns a new list and
changes neither argument; every call answers for the lists as they are now,
even if the caller changed them since the last call.

    >>> new_subscribers(["ana@x.io", "bo@x.io", "cy@x.io"], ["bo@x.io"])
    ['ana@x.io', 'cy@x.io']

It must also stay fast: an import has 20,000 addresses and the list 500,000
subscribers. With n = len(imported) and m = len(subscribers), the work must
grow like n + m: at most 3 * (n + m) + 10 comparisons plus subscribers read,
as counting.py counts them.

Right now the answers are right, but the nightly import takes hours: the
example's 40 addresses against 40 subscribers already take 1,255 comparisons,
five times the budget of 250. Work out how many comparisons each `not in`
makes, and make each check cost about one.
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    # TODO: `not in` on a sequence compares with every subscriber. For every address.
    return [address for address in imported if address not in subscribers]
