"""Cheat: tests membership in a set, but builds that set inside the loop.

Each `set(subscribers)` reads every subscriber again, once per imported
address: the comparisons are gone, but the work is still n * m.
"""

from collections.abc import Sequence


def new_subscribers(imported: list[str], subscribers: Sequence[str]) -> list[str]:
    return [address for address in imported if address not in set(subscribers)]
