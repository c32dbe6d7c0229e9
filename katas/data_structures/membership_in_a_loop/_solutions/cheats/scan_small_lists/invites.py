"""Cheat: "a set is not worth it for a short list", so short lists are scanned.

The scan is still n * m comparisons: with 20 subscribers and 20 new
addresses that is 400, far past the budget. Fast enough is decided by how
the work grows, not by the size the examples happen to use.
"""

from collections.abc import Sequence

SHORT = 20


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    if len(subscribers) <= SHORT:
        return [address for address in imported if address not in subscribers]
    known = set(subscribers)
    return [address for address in imported if address not in known]
