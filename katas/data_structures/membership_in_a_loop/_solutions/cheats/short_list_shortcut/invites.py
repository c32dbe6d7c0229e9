"""Blind cheat: keeps the list scan when there are at most 10 subscribers ("a set is not worth
it"), quadratic-ish for big imports.

Differs: 1,000 new addresses against 10 subscribers -> ~10,000 comparisons, budget 3 * 1010 + 10
= 3,040.
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    if len(subscribers) <= 10:  # short list: a scan is cheaper than building a set
        return [address for address in imported if address not in subscribers]
    known = set(subscribers)
    return [address for address in imported if address not in known]
