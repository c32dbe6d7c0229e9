"""Blind cheat: repeats single-removal sweeps but only while more than one entry is left, so a failure that needs nothing still returns one entry.

Differs on: items ["x"], fails = lambda entries: True -> correct [], this ["x"].
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to reproduce")
    current = list(items)
    changed = True
    while changed and len(current) > 1:  # a repro needs at least one entry
        changed = False
        index = 0
        while index < len(current) and len(current) > 1:
            candidate = current[:index] + current[index + 1 :]
            if fails(candidate):
                current = candidate
                changed = True
            else:
                index += 1
    return current
