"""Shrink a failing input to a minimal reproducible example.

Reference: try removing each element in turn, keep every removal after which
the input still fails, and sweep again until a whole sweep removes nothing.
The last sweep is the proof of 1-minimality; with n items there are at most
n + (n - 1) + ... + 1 calls after the first check.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    current = list(items)
    if not fails(current):
        raise ValueError("the input does not fail: nothing to minimise")
    shrunk = True
    while shrunk:
        shrunk = False
        i = 0
        while i < len(current):
            candidate = current[:i] + current[i + 1 :]
            if fails(candidate):
                current = candidate
                shrunk = True
            else:
                i += 1
    return current
