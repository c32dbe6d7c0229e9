"""An event loop with a clock of its own, for the property tests. Read it, do not edit it.

Its clock (loop.time(), which asyncio.sleep() and every timer use) stands
still while anything can happen, and jumps straight to the next timer when
nothing else can: no callback is ready and no call runs in a worker thread
(loop.run_in_executor(), which asyncio.to_thread() uses). So a retry's pause is
measured exactly, on the loop's own clock, without really waiting for it.
"""

import asyncio
import selectors
from collections.abc import Callable
from typing import Any


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self.now = 0.0
        self.in_worker_threads = 0
        super().__init__(_JumpToTheNextTimer(self))

    def time(self) -> float:
        return self.now

    def run_in_executor(self, executor: Any, func: Callable[..., Any], *args: Any) -> Any:
        future = super().run_in_executor(executor, func, *args)
        self.in_worker_threads += 1
        future.add_done_callback(self._back_from_a_worker_thread)
        return future

    def _back_from_a_worker_thread(self, future: Any) -> None:
        self.in_worker_threads -= 1


class _JumpToTheNextTimer(selectors.DefaultSelector):
    """The loop asks to wait `timeout` seconds for IO, until its next timer is due."""

    def __init__(self, loop: VirtualTimeLoop) -> None:
        super().__init__()
        self.loop = loop

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is not None and timeout > 0 and not self.loop.in_worker_threads:
            self.loop.now += timeout  # nothing can happen before then: be there at once
            timeout = 0
        return super().select(timeout)


def run(main: Any) -> Any:
    """asyncio.run(main), on a VirtualTimeLoop."""
    with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
        return runner.run(main)
