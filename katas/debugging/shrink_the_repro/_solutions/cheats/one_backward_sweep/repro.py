"""Blind cheat: one greedy sweep from the end and stop, so with a non-monotonic fails an entry that became removable later is kept.

Differs on: items ["a", "b", "c"], fails(x) = x in (["a","b","c"], ["b","c"], ["c"]) ->
correct ["c"], this returns ["b", "c"] (removing "b" still fails: not 1-minimal).
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to reproduce")
    current = list(items)
    # from the end, so removing one entry does not shift the ones still to try
    for index in reversed(range(len(current))):
        candidate = current[:index] + current[index + 1 :]
        if fails(candidate):
            current = candidate
    return current
