"""Cheat: "nobody to filter out, so nothing to do": with no subscribers it returns `imported`
itself.

The answer is equal, but it is the caller's own list, not a new one: a caller
that then adds to its new subscribers also changes its import.
new_subscribers() returns a new list each time.
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    if not subscribers:
        return imported
    known = set(subscribers)
    return [address for address in imported if address not in known]
