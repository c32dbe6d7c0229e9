"""Cheat: a class-based counter that keeps the total on the class, not the instance.

`Counter.total += n` rebinds the class attribute, so every counter shares one
total (and a new counter resets everyone's).
"""

from collections.abc import Callable


class Counter:
    total = 0

    def __init__(self, start: int = 0) -> None:
        Counter.total = start

    def __call__(self, n: int = 1) -> int:
        Counter.total += n
        return Counter.total


def make_counter(start: int = 0) -> Callable[..., int]:
    return Counter(start)
