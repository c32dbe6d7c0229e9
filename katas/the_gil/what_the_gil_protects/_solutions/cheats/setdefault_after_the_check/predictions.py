"""Cheat: setdefault() makes the insert atomic, so every thread gets one object.

But the check and the load still happen outside it: two threads that both find
the key missing both call the loader, and the second load is thrown away. The
settings are read twice (or a connection opened twice) on every race.
"""

from collections.abc import Callable
from typing import Generic, TypeVar

PREDICTIONS: dict[str, object] = {
    "append_from_threads": 4000,  # each append happens whole: none is lost
    "store_from_threads": 2000,  # so does each dict store
    "references_from_threads": 0,  # every increment and decrement of the count counted
    "setdefault_from_threads": 1,  # one call checks and inserts: the first object wins
    "check_then_insert": 4,  # all four checked before anyone inserted
    "read_then_write": 1,  # all four read 0, all four wrote 1
}

V = TypeVar("V")


class LoadOnce(Generic[V]):
    def __init__(self, loader: Callable[[str], V]) -> None:
        self._loader = loader
        self._values: dict[str, V] = {}

    def get(self, key: str) -> V:
        if key in self._values:
            return self._values[key]
        return self._values.setdefault(key, self._loader(key))
