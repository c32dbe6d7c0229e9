"""Cheat: keeps the totals in a module-level dict keyed by the starting value.

Counters with different starts look independent, but two counters that start
at the same value share one total.
"""

from collections.abc import Callable

_totals: dict[int, int] = {}


def make_counter(start: int = 0) -> Callable[..., int]:
    _totals[start] = start

    def click(n: int = 1) -> int:
        _totals[start] += n
        return _totals[start]

    return click
