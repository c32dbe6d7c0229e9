"""Blind cheat: locks the check, load and insert together, but checks "already loaded" with
`if not self._values.get(key)`, so a loader that returns a falsy value ({}, [], 0, "", None) runs
again on every get().

Differs: LoadOnce(lambda key: {}) : get("acme") twice calls the loader twice and returns two
different dicts.
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
    def __init__(self, loader: Callable[[str], V]) -> None:
        self._loader = loader
        self._values: dict[str, V] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> V:
        with self._lock:
            value = self._values.get(key)
            if not value:
                value = self._loader(key)
                self._values[key] = value
            return value
