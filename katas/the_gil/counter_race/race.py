"""Makes the race in hits.py show up on every run. The tests use it; do not edit it.

A lost update needs a thread switch at the wrong moment: after a thread has
read `hits` and before it writes the new value back. How often CPython switches
there depends on the version (3.11 almost never does inside `self.hits += 1`;
the free-threaded build has no GIL at all), so the bug comes and goes. Two
things here make it come every time:

- widen_the_race() gives a counter class whose attribute reads yield to the
  other threads (time.sleep(0) releases the GIL) before the value read is used;
- hammer() asks the interpreter to switch threads every microsecond
  (sys.setswitchinterval) while the threads run.

A step that no lock protects is then interleaved with the other threads on
every run; a step that holds the lock makes the others wait, as it should.
"""

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class Counter(Protocol):
    def hit(self) -> None: ...
    def take(self) -> int: ...


C = TypeVar("C")


def widen_the_race(counter_class: type[C]) -> type[C]:
    """A subclass of counter_class that lets other threads run after each attribute read."""

    class Raced(counter_class):  # type: ignore[valid-type, misc]
        def __getattribute__(self, name: str) -> Any:
            value = super().__getattribute__(name)
            time.sleep(0)  # the GIL is released: the other threads run now
            return value

    Raced.__name__ = Raced.__qualname__ = f"Raced{counter_class.__name__}"
    return Raced


class _Worker(threading.Thread):
    """A daemon thread that keeps the exception its work raised, for hammer() to re-raise."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__(daemon=True)
        self.work = work
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.work()
        except BaseException as error:
            self.error = error


def hammer(counter: Counter, threads: int, hits_each: int, *, take_meanwhile: bool = False) -> int:
    """Call counter.hit() `hits_each` times from each of `threads` threads, all at once.

    With take_meanwhile=True, one more thread calls counter.take() over and over
    until the hitting threads are done. Returns every hit taken: the sum of all
    those take() results and of one last take(), so a correct counter returns
    threads * hits_each.
    """
    taken: list[int] = []
    done = threading.Event()
    start = threading.Barrier(threads + take_meanwhile, timeout=10)

    def hit_many() -> None:
        start.wait()
        for _ in range(hits_each):
            counter.hit()

    def take_until_done() -> None:
        start.wait()
        while not done.is_set():
            taken.append(counter.take())

    hitters = [_Worker(hit_many) for _ in range(threads)]
    taker = [_Worker(take_until_done)] if take_meanwhile else []
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for worker in hitters + taker:
            worker.start()
        for worker in hitters:
            worker.join()
        done.set()
        for worker in taker:
            worker.join()
    finally:
        sys.setswitchinterval(previous)
    for worker in hitters + taker:
        if worker.error is not None:
            raise worker.error
    return sum(taken) + counter.take()
