"""Cheat: `global` makes the error go away, but every counter shares one total."""

from collections.abc import Callable

total = 0


def make_counter(start: int = 0) -> Callable[..., int]:
    global total
    total = start

    def click(n: int = 1) -> int:
        global total
        total += n
        return total

    return click
