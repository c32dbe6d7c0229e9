"""Blind cheat: rebuilds set(subscribers) for every address inside the comprehension: n * m work.

Differs: 40 addresses against 40 subscribers -> 1,600 subscriber reads (budget 250).
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    return [address for address in imported if address not in set(subscribers)]
