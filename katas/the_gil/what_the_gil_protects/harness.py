"""Runs code on several threads at once. The tests and snippets.py use it; do not edit it.

Thread switches at the wrong moment are rare, so a race can hide for months.
Three things here make them happen on every run:

- the threads wait at a Barrier and start together;
- the interpreter is asked to switch threads every microsecond
  (sys.setswitchinterval), instead of every 5 milliseconds;
- Loader, the loader the tests hand to LoadOnce, releases the GIL while it
  works, as a loader that reads a file or asks a server does.
"""

import sys
import threading
import time
from collections.abc import Callable
from typing import Protocol


class _Worker(threading.Thread):
    """A daemon thread that keeps the exception its work raised, to raise it again."""

    def __init__(self, work: Callable[[], None], name: str) -> None:
        super().__init__(name=name, daemon=True)
        self.work = work
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.work()
        except BaseException as error:
            self.error = error


def run_together(work: Callable[[], None], threads: int = 4) -> None:
    """Run work() on `threads` threads (named thread-0, thread-1, ...), all started at once."""
    start = threading.Barrier(threads, timeout=10)

    def after_the_start() -> None:
        start.wait()
        work()

    workers = [_Worker(after_the_start, f"thread-{n}") for n in range(threads)]
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(previous)
    for worker in workers:
        if worker.error is not None:
            raise worker.error


class Loader:
    """A loader that records every call, and lets other threads run while it loads.

    `wait` stands for the disk or the network; `make` makes the value (a new
    object on every call, by default {"name": key}); every value it returned is
    kept in `returned`, by key.
    """

    def __init__(
        self,
        wait: Callable[[], object] = lambda: time.sleep(0),
        make: Callable[[str], object] = lambda key: {"name": key},
    ) -> None:
        self.calls: list[str] = []
        self.returned: dict[str, list[object]] = {}
        self._wait = wait
        self._make = make

    def __call__(self, key: str) -> object:
        self.calls.append(key)
        self._wait()  # the GIL is released, as while waiting on a disk or a network
        value = self._make(key)
        self.returned.setdefault(key, []).append(value)
        return value


class Cache(Protocol):
    def get(self, key: str) -> object: ...


def get_from_threads(cache: Cache, keys: list[str], threads: int) -> list[list[object]]:
    """Each thread calls cache.get(key) for each key in turn, all threads on the same key at once.

    Returns, for each key in `keys`, the objects the threads got for it.
    """
    got: list[list[object]] = [[] for _ in keys]
    same_key = threading.Barrier(threads, timeout=10)

    def work() -> None:
        for n, key in enumerate(keys):
            same_key.wait()
            got[n].append(cache.get(key))

    run_together(work, threads)
    return got
