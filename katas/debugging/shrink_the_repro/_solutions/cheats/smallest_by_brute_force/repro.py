"""Cheat: tries every subsequence, smallest first, and returns the first that fails. The
answer is even minimum, but the number of calls grows exponentially.

Differs: 20 distinct entries, fails when 6 given ones are all present -> tens of thousands
of calls (budget (20 + 2) ** 2 = 484).
"""

from collections.abc import Callable
from itertools import combinations
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to minimise")
    for size in range(len(items) + 1):
        for positions in combinations(range(len(items)), size):
            candidate = [items[i] for i in positions]
            if fails(candidate):
                return candidate
    return list(items)
