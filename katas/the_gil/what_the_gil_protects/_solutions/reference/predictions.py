"""Reference: one lock around the whole check-load-insert.

A thread that finds the key missing loads it and stores it before any other
thread can look: the others wait at the lock, then find the key there.
"""

import threading
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
        self._lock = threading.Lock()

    def get(self, key: str) -> V:
        with self._lock:
            if key not in self._values:
                self._values[key] = self._loader(key)
            return self._values[key]
