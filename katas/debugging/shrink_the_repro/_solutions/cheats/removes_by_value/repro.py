"""Blind cheat: removes entries with list.remove(value), which always drops the first equal entry, so with duplicates some removals are never tried.

Differs on: items ["x", "y", "x"], fails(e) = e in (["x","y","x"], ["x","y"]) ->
correct ["x", "y"], this returns ["x", "y", "x"] (never tries dropping the second "x").
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to reproduce")
    current = list(items)
    changed = True
    while changed:
        changed = False
        for entry in list(current):
            candidate = list(current)
            candidate.remove(entry)
            if fails(candidate):
                current = candidate
                changed = True
    return current
