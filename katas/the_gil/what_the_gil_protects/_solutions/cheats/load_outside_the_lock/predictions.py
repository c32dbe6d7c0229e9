"""Cheat: holds the lock to check and to insert, but not while loading.

Not holding a lock during slow IO is a good instinct, and setdefault() makes
every thread get the first object stored. But between the check and the
insert the lock is free: every thread that checked meanwhile loads the key too.
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
            if key in self._values:
                return self._values[key]
        value = self._loader(key)  # slow: other threads may use the cache meanwhile
        with self._lock:
            return self._values.setdefault(key, value)
