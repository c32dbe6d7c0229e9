"""Learner code must not end the run: ``os._exit`` in a kata, and threads that never end.

``sys.exit`` raises ``SystemExit``, which pytest already turns into a failing
test. ``os._exit`` ends the process at once, with no summary and no state
written, and with whatever exit code the learner gave (often 0, "success"):
while kata code runs, :func:`no_process_exit` makes it raise
:class:`KataExit` instead. A non-daemon thread that a learner started and that
never ends keeps the interpreter alive after the summary: :func:`lingering_threads`
finds such threads so that kata mode can end the process itself.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from typing import NoReturn

#: The real ``os._exit``, for the plugin's own use (ending a run a kata holds hostage).
real_exit = os._exit


class KataExit(BaseException):
    """Raised where kata code called ``os._exit``: the kata fails, the run goes on."""


@contextlib.contextmanager
def no_process_exit() -> Iterator[None]:
    """Within the block, ``os._exit`` raises :class:`KataExit` instead of ending the process.

    Only in this process: a child forked meanwhile (``multiprocessing`` ends each of
    its workers with ``os._exit``) must end as it means to, or it would go on to run
    the rest of the test session.
    """
    previous = os._exit
    owner = os.getpid()

    def refuse_exit(status: int) -> NoReturn:
        if os.getpid() != owner:
            real_exit(status)
        raise KataExit(f"called os._exit({status!r}): kata code must not end the test process")

    os._exit = refuse_exit
    try:
        yield
    finally:
        os._exit = previous


def lingering_threads(before: set[int], wait: float = 1.0) -> list[threading.Thread]:
    """Non-daemon threads started since ``before`` (thread idents) that are still alive
    after ``wait`` seconds (shared among them)."""
    deadline = time.monotonic() + wait
    alive = []
    for thread in threading.enumerate():
        if thread is threading.current_thread() or thread.daemon or thread.ident in before:
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            alive.append(thread)
    return alive
