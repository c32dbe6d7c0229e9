"""Cheat: drops repeated log lines before shrinking ("duplicates are noise"), so a failure
that needs two copies of an entry is lost and the result no longer fails.

Differs: items ["retry", "retry"], fails when "retry" appears twice -> ["retry"], which passes.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to minimise")
    current = list(dict.fromkeys(items))
    shrunk = True
    while shrunk:
        shrunk = False
        for i in range(len(current)):
            candidate = current[:i] + current[i + 1 :]
            if fails(candidate):
                current = candidate
                shrunk = True
                break
    return current
