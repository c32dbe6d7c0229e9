"""Runs threads one step at a time, in an order the test chooses. The tests use it; do not edit it.

A race shows up only when a thread switch lands at the wrong moment: after a
thread has found a key missing and before it has stored the value. How often
CPython switches there depends on the version and on the machine's load, so
the bug comes and goes. Here the threads take turns instead: only the thread
whose turn it is runs, and at each step (every read and every write of an
attribute of the object under test, and wherever the test calls step(), as
the tests' loader does while it "waits on the disk") a schedule, a list of
True/False, says whether to hand the turn to the next thread. The same
schedule gives the same interleaving on every run, on any machine, however
loaded: a race is found by trying schedules, not by luck.

Locks take part: the threading.Lock and RLock objects that the code under test
makes (or holds at module or class level) are wrapped so that a thread that
must wait for a lock hands its turn on, and gets a turn again once the lock is
free. A thread stuck somewhere the schedule cannot see (another kind of lock)
is given `patience` seconds, after which the others go on without it: that
costs time, never a verdict.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_Lock, _RLock, _Condition = threading.Lock, threading.RLock, threading.Condition
_LOCK_TYPES = (type(_Lock()), type(_RLock()))


class Deadlock(RuntimeError):
    """Every thread that has not finished waits for a lock that another one holds."""


class Interleaving:
    """Threads that run one at a time, switching where `switches` says."""

    def __init__(self, switches: Iterable[bool], patience: float = 5.0) -> None:
        self.patience = patience
        self._switches: Iterator[bool] = iter(switches)
        self._cond = _Condition(_Lock())
        self._turn = 0
        # thread number -> "ready", "done", the lock it waits for, or (condition, timeout)
        self._state: dict[int, object] = {}
        self._timed_out: set[int] = set()  # threads woken by the end of their wait's timeout
        self._numbers: dict[int, int] = {}  # thread ident -> thread number
        self._deadlock = False

    # -- what the threads call -------------------------------------------------

    def step(self) -> None:
        """A point where the schedule may hand the turn to the next thread."""
        me = self._numbers.get(threading.get_ident())
        if me is None:
            return  # not one of the scheduled threads: the test itself, say
        with self._cond:
            if next(self._switches, False):
                self._hand_over(me)
            self._wait_for_turn(me)

    def stepping(self, cls: type[T]) -> type[T]:
        """A subclass of cls whose instances step after each attribute read and
        before each attribute write."""
        interleaving = self

        class Stepping(cls):  # type: ignore[valid-type, misc]
            def __getattribute__(self, name: str) -> Any:
                value = super().__getattribute__(name)
                interleaving.step()
                return value

            def __setattr__(self, name: str, value: Any) -> None:
                interleaving.step()
                super().__setattr__(name, value)

        Stepping.__name__ = Stepping.__qualname__ = f"Stepping{cls.__name__}"
        return Stepping

    # -- running ---------------------------------------------------------------

    @contextmanager
    def tracking_locks(self, *classes: type) -> Iterator[None]:
        """Inside the block, new locks, and those already held by the modules and
        classes of `classes`, tell the schedule when a thread must wait for them."""
        patched: list[tuple[object, str, object]] = []

        def patch(owner: object, name: str, value: object) -> None:
            patched.append((owner, name, getattr(owner, name)))
            setattr(owner, name, value)

        patch(threading, "Lock", lambda: _TrackedLock(self, _Lock()))
        patch(threading, "RLock", lambda *a, **k: _TrackedLock(self, _RLock(*a, **k)))
        patch(threading, "Condition", lambda lock=None: _TrackedCondition(self, lock))
        for cls in classes:
            module = sys.modules.get(cls.__module__)
            owners = [module, *cls.__mro__[:-1]] if module else list(cls.__mro__[:-1])
            for owner in owners:
                for name, value in list(vars(owner).items()):
                    if value is _Lock:
                        patch(owner, name, threading.Lock)
                    elif value is _RLock:
                        patch(owner, name, threading.RLock)
                    elif isinstance(value, _LOCK_TYPES):
                        patch(owner, name, _TrackedLock(self, value))
        try:
            yield
        finally:
            for owner, name, value in reversed(patched):
                setattr(owner, name, value)

    def run(self, scripts: list[Callable[[], object]], timeout: float = 60.0) -> None:
        """Run each script on a thread of its own, taking turns; thread 0 goes first.
        Re-raises the first error a script raised."""
        errors: list[BaseException] = []
        self._state = {number: "ready" for number in range(len(scripts))}
        self._turn = -1  # nobody's, until every thread has started

        def run_one(number: int, script: Callable[[], object]) -> None:
            with self._cond:
                self._numbers[threading.get_ident()] = number
            try:
                with self._cond:
                    self._wait_for_turn(number)
                script()
            except BaseException as error:
                errors.append(error)
            finally:
                with self._cond:
                    self._state[number] = "done"
                    self._hand_over(number)

        # The threads' own locks are the plain kind, even inside tracking_locks().
        factories = threading.Lock, threading.RLock, threading.Condition
        threading.Lock, threading.RLock, threading.Condition = _Lock, _RLock, _Condition  # type: ignore[misc]
        try:
            threads = [
                threading.Thread(target=run_one, args=(number, script), daemon=True)
                for number, script in enumerate(scripts)
            ]
            for thread in threads:
                thread.start()
        finally:
            threading.Lock, threading.RLock, threading.Condition = factories  # type: ignore[misc]
        with self._cond:
            self._turn = 0
            self._cond.notify_all()
        for thread in threads:
            thread.join(timeout)
        if any(thread.is_alive() for thread in threads):
            raise RuntimeError(f"the threads did not finish within {timeout} s")
        if errors:
            raise errors[0]

    # -- the turn (called with self._cond held) --------------------------------

    def _hand_over(self, me: int) -> None:
        """Give the turn to the next ready thread after `me`, if there is one."""
        count = len(self._state)
        for offset in range(1, count + 1):
            other = (me + offset) % count
            if self._state[other] == "ready":
                self._turn = other
                self._cond.notify_all()
                return
        # Nobody can go on: a wait with a timeout ends now, as it would in time.
        for offset in range(1, count + 1):
            other = (me + offset) % count
            state = self._state[other]
            if isinstance(state, tuple) and state[1] is not None:
                self._state[other] = "ready"
                self._timed_out.add(other)
                self._turn = other
                self._cond.notify_all()
                return
        if any(state not in ("ready", "done") for state in self._state.values()):
            self._deadlock = True
            self._cond.notify_all()

    def _wait_cooperatively(self, me: int, state: object) -> None:
        """Hand the turn on while `me` waits (for a lock, or a notify()), and take
        it back once it is handed back."""
        self._state[me] = state
        self._hand_over(me)
        self._wait_for_turn(me)

    def _wait_for_turn(self, me: int) -> None:
        while self._turn != me:
            if self._deadlock:
                raise Deadlock("every thread waits for a lock that another thread holds")
            turn = self._turn
            if not self._cond.wait(self.patience) and self._turn == turn:
                self._turn = me  # the thread with the turn is stuck where we cannot see


class _TrackedLock:
    """A Lock or RLock that hands the waiting thread's turn on."""

    def __init__(self, interleaving: Interleaving, lock: Any) -> None:
        self._interleaving = interleaving
        self._lock = lock

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        interleaving = self._interleaving
        me = interleaving._numbers.get(threading.get_ident())
        if me is None:
            return self._lock.acquire(blocking, timeout)
        with interleaving._cond:
            while not self._lock.acquire(False):
                if not blocking or timeout == 0:
                    return False
                interleaving._wait_cooperatively(me, self)
            return True

    def release(self) -> None:
        self._lock.release()
        self._wake_waiters()

    def _wake_waiters(self) -> None:
        interleaving = self._interleaving
        with interleaving._cond:
            for number, state in interleaving._state.items():
                if state is self:
                    interleaving._state[number] = "ready"

    # What threading.Condition asks of its lock.
    def _is_owned(self) -> bool:
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self) -> object:
        if hasattr(self._lock, "_release_save"):
            saved = self._lock._release_save()  # an RLock, however deep
            self._wake_waiters()
            return saved
        self.release()
        return None

    def _acquire_restore(self, saved: object) -> None:
        self.acquire()
        if saved is not None:  # an RLock: take it back as deep as it was
            self._lock.release()
            self._lock._acquire_restore(saved)

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lock, name)


class _TrackedCondition(_Condition):
    """A Condition whose wait() hands the waiting thread's turn on until notify()."""

    def __init__(self, interleaving: Interleaving, lock: Any = None) -> None:
        if lock is None:
            lock = _TrackedLock(interleaving, _RLock())
        super().__init__(lock)
        self._interleaving = interleaving
        self._scheduled_waiters: list[int] = []

    def wait(self, timeout: float | None = None) -> bool:
        interleaving = self._interleaving
        me = interleaving._numbers.get(threading.get_ident())
        if me is None:
            return super().wait(timeout)
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        with interleaving._cond:
            self._scheduled_waiters.append(me)
            interleaving._timed_out.discard(me)
        saved = self._release_save()
        try:
            with interleaving._cond:
                interleaving._wait_cooperatively(me, (self, timeout))
                notified = me not in interleaving._timed_out
                if me in self._scheduled_waiters:
                    self._scheduled_waiters.remove(me)
        finally:
            self._acquire_restore(saved)
        return notified

    def notify(self, n: int = 1) -> None:
        super().notify(n)
        interleaving = self._interleaving
        with interleaving._cond:
            for number in self._scheduled_waiters[:n]:
                interleaving._state[number] = "ready"
            del self._scheduled_waiters[:n]

    def notify_all(self) -> None:
        self.notify(len(self._waiters) + len(self._scheduled_waiters))
