"""The code PREDICTIONS is about. Read it, do not edit it: the tests run it.

Every snippet runs its work() on 4 threads at once, with the interpreter
switching threads every microsecond (see harness.py), and returns a number.

Some snippets put a Barrier between two steps: every thread must reach it
before any goes on. It stands for a thread switch at the worst moment, which
the interpreter is free to make between any two bytecodes; the barrier makes
that rare moment happen on every run. No barrier fits inside list.append().
"""

import sys
import threading
from collections.abc import Callable

from .harness import run_together

THREADS = 4


def append_from_threads() -> int:
    """4 threads each append 1,000 items to one list. How many items does it hold?"""
    shared: list[int] = []

    def work() -> None:
        for n in range(1000):
            shared.append(n)

    run_together(work, THREADS)
    return len(shared)


def store_from_threads() -> int:
    """4 threads each store 500 keys of their own in one dict. How many keys does it hold?"""
    shared: dict[tuple[str, int], int] = {}

    def work() -> None:
        me = threading.current_thread().name
        for n in range(500):
            shared[me, n] = n

    run_together(work, THREADS)
    return len(shared)


def references_from_threads() -> int:
    """4 threads each take and drop 10,000 references to one object.

    By how much has its reference count changed once they are done?
    """
    settings = {"debug": False}
    before = sys.getrefcount(settings)

    def work() -> None:
        for _ in range(10_000):
            alias = settings  # one more reference...
            del alias  # ...and one less

    run_together(work, THREADS)
    return sys.getrefcount(settings) - before


def setdefault_from_threads() -> int:
    """4 threads each offer their own object with setdefault() at once.

    How many different objects do they get back?
    """
    shared: dict[str, object] = {}
    got: list[object] = []

    def work() -> None:
        got.append(shared.setdefault("settings", object()))

    run_together(work, THREADS)
    return len({id(settings) for settings in got})


def check_then_insert() -> int:
    """4 threads each load "settings" if it is not there yet. How many loads?"""
    shared: dict[str, object] = {}
    loads: list[str] = []
    worst_moment = threading.Barrier(THREADS, timeout=10)

    def work() -> None:
        if "settings" not in shared:
            worst_moment.wait()  # a thread switch between the check and the insert
            loads.append("settings")
            shared["settings"] = object()

    run_together(work, THREADS)
    return len(loads)


def read_then_write() -> int:
    """4 threads each add one to a counter, in two steps. What does it hold at the end?"""
    counter = {"hits": 0}
    worst_moment = threading.Barrier(THREADS, timeout=10)

    def work() -> None:
        seen = counter["hits"]
        worst_moment.wait()  # a thread switch between the read and the write
        counter["hits"] = seen + 1

    run_together(work, THREADS)
    return counter["hits"]


#: name -> snippet, in the order of PREDICTIONS
SNIPPETS: dict[str, Callable[[], int]] = {
    "append_from_threads": append_from_threads,
    "store_from_threads": store_from_threads,
    "references_from_threads": references_from_threads,
    "setdefault_from_threads": setdefault_from_threads,
    "check_then_insert": check_then_insert,
    "read_then_write": read_then_write,
}
