"""What the GIL protects, and what it leaves to you.

CPython keeps a reference count in every object, and lists and dicts as plain
C structures; none of that code expects two threads to change the same object
at once. The GIL (global interpreter lock) is why it need not: a thread must
hold it to run bytecode, so each single operation on a built-in, such as
list.append(), dict[key] = value, dict.setdefault() or a reference count going
up or down, happens whole. Between two of those operations, though, the
interpreter may switch to another thread (every 5 ms, or whenever a thread
waits), and then your steps interleave with theirs.

Part 1. Read snippets.py and write what each snippet returns in PREDICTIONS.
Think first; the examples then run the snippets and compare.

Part 2. LoadOnce(loader) hands out values that are expensive to load, such as
a tenant's settings read from disk: get(key) calls loader(key) the first time
a key is asked for, and returns that same object to every caller after that.
The request threads of a server share one LoadOnce, so the contract must hold
however they interleave: loader(key) runs exactly once per key, and every
thread gets the very object it returned. Keys are any str; a value is a value
even when it is falsy (None, 0, "", {}). If loader(key) raises, get() raises
that error and stores nothing, so the next get(key) calls the loader again.
Each LoadOnce has its own loader and its own values.

    >>> settings = LoadOnce(lambda key: {"name": key})
    >>> settings.get("acme") is settings.get("acme")
    True

Right now PREDICTIONS holds placeholders, and two threads asking for the same
new key at once both find it missing, both load it, and each keeps its own copy.
"""

from collections.abc import Callable
from typing import Generic, TypeVar

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... with the number the snippet returns.
    "append_from_threads": ...,
    "store_from_threads": ...,
    "references_from_threads": ...,
    "setdefault_from_threads": ...,
    "check_then_insert": ...,
    "read_then_write": ...,
}

V = TypeVar("V")


class LoadOnce(Generic[V]):
    def __init__(self, loader: Callable[[str], V]) -> None:
        self._loader = loader
        self._values: dict[str, V] = {}

    def get(self, key: str) -> V:
        if key in self._values:
            return self._values[key]
        value = self._loader(key)  # TODO: can another thread be here too, for the same key?
        self._values[key] = value
        return value
