"""Shrink a failing input to a minimal reproducible example.

minimise(items, fails) returns a smaller list that still fails, keeping only
what the failure needs:

    >>> config = ["debug=off", "cache=on", "region=eu", "workers=4", "tls=on"]
    >>> fails = lambda entries: "cache=on" in entries and "workers=4" in entries
    >>> minimise(config, fails)
    ['cache=on', 'workers=4']

The contract:

- items is a list (log lines, config entries, events: any values, duplicates
  allowed, possibly empty) and fails(items) is true. If it is not, minimise
  raises ValueError: there is nothing to reproduce.
- fails(candidate) is deterministic, but need not be monotonic: removing an
  entry can make the failure disappear, and removing another can make a
  smaller failing input appear (an "sso=on" that hides the bug until it goes).
- minimise only ever calls fails with a list that is a subsequence of items
  (some of its elements, in their original order), and calls it at most
  (n + 2) ** 2 times for n = len(items).
- The result is such a subsequence, fails(result) is true, and it is
  1-minimal: removing any single element from it makes fails false.
  (If fails([]) is true, the result is [].)
- items is left unmodified.

Right now minimise keeps whichever half of the input still fails. That finds
one bad log line, but when the failure needs entries from both halves it
gives up and hands back the whole input.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    current = list(items)
    while len(current) > 1:
        half = len(current) // 2
        first, second = current[:half], current[half:]
        if fails(first):
            current = first
        elif fails(second):
            current = second
        else:
            break  # TODO: the failure needs items from both halves; and is it 1-minimal?
    return current
