"""Blind cheat: makes the insert atomic with setdefault(), so every thread gets the same object, but
two threads that both find the key missing both run loader(key).

Differs: 4 threads calling get("acme") at once on a slow loader: the loader runs up to 4 times for
"acme" (all threads still get the first stored object).
"""

from collections.abc import Callable
from typing import Generic, TypeVar

PREDICTIONS: dict[str, object] = {
    "append_from_threads": 4000,
    "store_from_threads": 2000,
    "references_from_threads": 0,
    "setdefault_from_threads": 1,
    "check_then_insert": 4,
    "read_then_write": 1,
}

V = TypeVar("V")


class LoadOnce(Generic[V]):
    def __init__(self, loader: Callable[[str], V]) -> None:
        self._loader = loader
        self._values: dict[str, V] = {}

    def get(self, key: str) -> V:
        if key in self._values:
            return self._values[key]
        value = self._loader(key)
        # setdefault is one atomic operation: the first value stored wins, for everyone
        return self._values.setdefault(key, value)
