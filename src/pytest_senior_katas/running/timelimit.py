"""The per-test time limit: a kata's infinite loop ends its test, not the run.

A signal timer (``SIGALRM``) raises :class:`KataTimeout` in the running code.
A watchdog thread stops the run (through the caller's ``on_stuck``) when the
signal never comes: learner code that ignores or cancels it, or a platform
without it (Windows, a thread other than the main one).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType

#: The largest katas_timeout accepted (one day): the signal timer cannot take any value.
MAX_TIMEOUT = 86_400.0

#: How long after the time limit a kata that swallows every interruption is given
#: before the run is stopped (it could never end otherwise).
GRACE = 3.0

#: How long after the time limit the watchdog thread stops a run whose signal timer
#: never fired (ignored, cancelled, or not available): after the signal's own grace.
WATCHDOG_GRACE = GRACE + 2.0


class KataTimeout(BaseException):
    """Raised in a kata test that ran past ``katas_timeout``.

    A BaseException, so that a learner's ``except Exception:`` cannot swallow it.
    """


@dataclass
class Alarm:
    """What :func:`time_limit` saw: whether it fired, and where the code was then."""

    fired: bool = False
    message: str = ""
    deadline: float = 0.0


@contextlib.contextmanager
def time_limit(
    seconds: float,
    on_stuck: Callable[[str], None] | None = None,
    owned: Callable[[str], bool] | None = None,
) -> Iterator[Alarm]:
    """Interrupt the block after ``seconds`` with :class:`KataTimeout` (where signals allow).

    The timer repeats every half second in code ``owned`` says is the kata's (given a
    file name), so one bare ``except:`` cannot hold it off.
    Code that swallows every repeat for :data:`GRACE` seconds cannot be stopped from
    inside: ``on_stuck`` is then called with the message (it is expected not to return).
    """
    alarm = Alarm()
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    with _watchdog(seconds, on_stuck):
        if not usable:
            yield alarm
            return
        with _signal_timer(seconds, on_stuck, owned, alarm):
            yield alarm


@contextlib.contextmanager
def _watchdog(seconds: float, on_stuck: Callable[[str], None] | None) -> Iterator[None]:
    """The last resort, on a thread of its own: code that ignores or cancels the signal
    timer (``signal.signal(SIGALRM, SIG_IGN)``), or runs where there is none (Windows),
    is stopped :data:`WATCHDOG_GRACE` seconds after the limit through ``on_stuck``."""
    if seconds <= 0 or on_stuck is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        if not done.wait(seconds + WATCHDOG_GRACE):
            on_stuck(
                f"ran longer than {seconds:g} s (katas_timeout) and could not be "
                "interrupted: does it ignore or cancel the SIGALRM timer?"
            )

    watcher = threading.Thread(target=watch, name="senior-katas-watchdog", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()


@contextlib.contextmanager
def _signal_timer(
    seconds: float,
    on_stuck: Callable[[str], None] | None,
    owned: Callable[[str], bool] | None,
    alarm: Alarm,
) -> Iterator[None]:

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        where = ""
        if frame is not None:
            code = frame.f_code
            line = frame.f_lineno or code.co_firstlineno
            where = f" (stopped in {code.co_name}, {Path(code.co_filename).name}:{line})"
        if alarm.fired:
            if on_stuck is not None and time.monotonic() > alarm.deadline:
                on_stuck(f"{alarm.message}; it swallows every exception, even KeyboardInterrupt")
            # A repeat interrupts only the kata's own code (a loop that swallowed the first
            # one): anywhere else, such as Hypothesis or pytest unwinding the first one, an
            # exception could land in the middle of the interpreter's own work.
            if frame is None or owned is None or not owned(frame.f_code.co_filename):
                return
        else:
            alarm.fired = True
            alarm.deadline = time.monotonic() + GRACE
            alarm.message = (
                f"ran longer than {seconds:g} s (katas_timeout): an infinite loop?{where}"
            )
        raise KataTimeout(alarm.message)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def without_lineless_frames(tb: TracebackType | None) -> TracebackType | None:
    """The traceback up to its first entry without a line number.

    A signal that interrupts a tight loop (``while True: pass``) can leave such an
    entry on Python 3.11, and pytest 8 cannot render it.
    """
    head = tb
    previous = None
    while tb is not None:
        if tb.tb_lineno is None:
            if previous is None:
                return None
            previous.tb_next = None
            break
        previous, tb = tb, tb.tb_next
    return head
