"""Editor tabs for the tests. Read it, do not edit it: the tests use it."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class Tab:
    """An editor tab: it reacts to application events by writing to a shared log."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def on_theme(self, event: str) -> None:
        self.log.append(f"{self.name} repaints for {event}")

    def on_save(self, event: str) -> None:
        self.log.append(f"{self.name} saves for {event}")


@contextmanager
def collector_off() -> Iterator[None]:
    """Switch the cyclic garbage collector off inside the block, so that objects
    are freed by reference counting alone, at a known moment; then restore it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
