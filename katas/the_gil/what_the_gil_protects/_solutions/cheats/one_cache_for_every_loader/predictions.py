"""Blind cheat: moves the cache and its lock to the class so that "all threads share them", so every
LoadOnce shares one dict: a second LoadOnce with another loader returns the first one's values
and never calls its own loader.

Differs: LoadOnce(str.upper).get("a") == "A", then LoadOnce(str.lower).get("a") returns "A"
(its loader never runs) instead of "a".
"""

import threading
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
    _values: dict = {}  # shared by every thread of the server
    _lock = threading.Lock()

    def __init__(self, loader: Callable[[str], V]) -> None:
        self._loader = loader

    def get(self, key: str) -> V:
        with self._lock:
            if key not in self._values:
                self._values[key] = self._loader(key)
            return self._values[key]
