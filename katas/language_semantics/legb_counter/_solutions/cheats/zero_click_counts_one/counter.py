"""Blind cheat: treats a falsy step as "not given", so click(0) adds 1 instead of 0.

Differs: c = make_counter(); c(0) -> 1 here (should be 0).
"""

from collections.abc import Callable


def make_counter(start: int = 0) -> Callable[..., int]:
    total = start

    def click(n: int | None = None) -> int:
        nonlocal total
        total += n or 1
        return total

    return click
