"""How the tests see when a buffer is freed. Read it, do not edit it: the tests use it.

fate(run) runs `run()` with the cyclic garbage collector switched off, so
that only reference counting frees objects, and reports the fate of the
last Buffer that run() loaded:

    "freed at once"  reference counting freed it by the time run() returned
    "freed by gc"    it outlived run(), and the cyclic garbage collector freed it
    "alive"          it survived the collector too: something still refers to it
"""

import gc
import weakref
from collections.abc import Callable

FREED_AT_ONCE = "freed at once"
FREED_BY_GC = "freed by gc"
ALIVE = "alive"


class Buffer:
    """A big upload in memory (megabytes, in production)."""

    def __init__(self, data: bytes = b"") -> None:
        self.data = data

    def __len__(self) -> int:
        return len(self.data)


_last_loaded: list["weakref.ref[Buffer]"] = []


def load(data: bytes = b"upload") -> Buffer:
    """A new Buffer; the tests watch the last one loaded (through a weak reference)."""
    buffer = Buffer(data)
    _last_loaded[:] = [weakref.ref(buffer)]
    return buffer


def fate(run: Callable[[], object]) -> str:
    """What frees the last Buffer run() loads: see the module docstring."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        run()
        if _last_loaded[0]() is None:
            return FREED_AT_ONCE
        gc.collect(0)  # the youngest generation: with the collector off, all run() made is there
        return FREED_BY_GC if _last_loaded[0]() is None else ALIVE
    finally:
        if was_enabled:
            gc.enable()
