"""The pool the tests hand to count_matches(). Read it, do not edit it."""

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any


class SpawnPool(Executor):
    """Two worker processes started with "spawn", as on macOS and Windows.

    It remembers every task it was given, so the tests can tell that the
    counting really happened in the workers.
    """

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))
        self.futures: list[Future[Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = self.pool.submit(fn, *args, **kwargs)
        self.futures.append(future)
        return future

    def tasks_that_ran(self) -> int:
        """How many tasks got to a worker and finished there without raising."""
        return sum(f.done() and not f.cancelled() and f.exception() is None for f in self.futures)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.pool.shutdown(wait, cancel_futures=cancel_futures)
