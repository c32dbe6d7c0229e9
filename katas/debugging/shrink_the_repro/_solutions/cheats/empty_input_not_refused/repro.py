"""Blind cheat: only checks that a non-empty input fails, so an empty input whose fails([]) is false is "minimised" to [] instead of raising ValueError.

Differs on: minimise([], lambda entries: False) -> correct ValueError, this returns [].
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    current = list(items)
    if not current:
        return current  # nothing to shrink
    if not fails(current):
        raise ValueError("the input does not fail: nothing to reproduce")
    changed = True
    while changed:
        changed = False
        index = 0
        while index < len(current):
            candidate = current[:index] + current[index + 1 :]
            if fails(candidate):
                current = candidate
                changed = True
            else:
                index += 1
    return current
