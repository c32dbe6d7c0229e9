"""A helper for the tests. Read it, do not edit it: the tests use it."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_off() -> Iterator[None]:
    """Switch the cyclic garbage collector off inside the block (as the service
    does), so that only reference counting frees objects; then restore it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
