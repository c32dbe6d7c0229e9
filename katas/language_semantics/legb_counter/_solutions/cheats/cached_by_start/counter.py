"""Blind cheat: memoises make_counter by start, so two counters with the same start are one
counter.

Differs: a = make_counter(); b = make_counter(); a(); b() -> 2 here (should be 1).
"""

from collections.abc import Callable
from functools import cache


@cache
def make_counter(start: int = 0) -> Callable[..., int]:
    total = start

    def click(n: int = 1) -> int:
        nonlocal total
        total += n
        return total

    return click
