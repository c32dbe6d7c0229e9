"""What the tests plug into the service. Read it, do not edit it: the tests use it.

Storage is the object store's client, and ProcessPool stands in for the
ProcessPoolExecutor the service is given in production. Both report what
would go wrong in production:

    storage.blocked_the_loop   the calls made on the event loop's own thread
    pool.renders               how many times imaging.render ran in the pool
    pool.blocked_the_loop      waits for the pool made on the event loop's thread
"""

import asyncio
import concurrent.futures
import pickle
import sys
import threading
from collections.abc import Callable, Mapping
from typing import Any

from . import imaging


def on_the_event_loop() -> bool:
    """True when called from the thread that runs an event loop (not from a worker thread)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Storage:
    """The object store's client. Its calls block the thread they run on (network IO).

    exists(key) says whether `key` is stored; get(key) returns its bytes, or
    raises KeyError(key); put(key, data) stores them. `failures` maps a call
    ("exists", "get" or "put") to an exception class: that call raises a new
    one instead. Every call is recorded in `calls`, as (call, key).

    A call made on the event loop's own thread is noted in `blocked_the_loop`:
    in production, nothing else on the loop runs until the store answers. Off
    the loop, a call first waits until `network` is set (at once unless told).
    The client holds a connection, so it cannot be pickled: it cannot be sent
    to another process.
    """

    def __init__(
        self,
        objects: Mapping[str, bytes] = {},
        failures: Mapping[str, type[BaseException]] = {},
        network: threading.Event | None = None,
    ) -> None:
        self.objects = dict(objects)
        self.failures = dict(failures)
        self.network = network
        self.calls: list[tuple[str, str]] = []
        self.raised: list[BaseException] = []
        self.blocked_the_loop: list[tuple[str, str]] = []
        self.connection = threading.Lock()

    def _call(self, call: str, key: str) -> None:
        with self.connection:
            self.calls.append((call, key))
            if on_the_event_loop():
                self.blocked_the_loop.append((call, key))
        if not on_the_event_loop() and self.network is not None:
            self.network.wait(timeout=10)  # a safety net: never reached by code that works
        if call in self.failures:
            error = self.failures[call](f"{call}({key!r}): the store did not answer")
            self.raised.append(error)
            raise error

    def exists(self, key: str) -> bool:
        self._call("exists", key)
        return key in self.objects

    def get(self, key: str) -> bytes:
        self._call("get", key)
        if key not in self.objects:
            error = KeyError(key)
            self.raised.append(error)
            raise error
        return self.objects[key]

    def put(self, key: str, data: bytes) -> None:
        self._call("put", key)
        self.objects[key] = data


class _PoolFuture(concurrent.futures.Future):
    """A future that notes a blocking wait for it on the event loop's thread."""

    def __init__(self, pool: "ProcessPool") -> None:
        super().__init__()
        self.pool = pool
        self.started = threading.Event()

    def result(self, timeout: float | None = None) -> Any:
        if not self.done() and on_the_event_loop():
            self.pool.blocked_the_loop.append("result()")
            self.started.set()  # the loop cannot let the job start: it is stuck here
        return super().result(timeout)


class ProcessPool(concurrent.futures.Executor):
    """A ProcessPoolExecutor as the service sees it, run in threads for the tests.

    Like a process pool, it pickles each job (the function and its arguments)
    to send it to a worker, and pickles the result or the exception to send it
    back: what cannot be pickled (a lambda, a nested function, a client holding
    a connection) fails, and the caller gets a copy, never the same object. A
    job starts once the event loop that submitted it runs again. It counts the
    calls of imaging.render its jobs make, in `renders`.
    """

    def __init__(self) -> None:
        self.renders = 0
        self.jobs = 0
        self.blocked_the_loop: list[str] = []
        self._workers = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> _PoolFuture:
        future = _PoolFuture(self)
        try:
            job = pickle.dumps((fn, args, kwargs))
        except Exception as error:  # what ProcessPoolExecutor's future reports, too
            future.set_exception(error)
            return future
        try:
            asyncio.get_running_loop().call_soon(future.started.set)
        except RuntimeError:
            future.started.set()
        self._workers.submit(self._run, future, job)
        return future

    def _run(self, future: _PoolFuture, job: bytes) -> None:
        future.started.wait(timeout=10)
        fn, args, kwargs = pickle.loads(job)
        renders = 0

        def count_renders(frame: Any, event: str, arg: Any) -> None:
            nonlocal renders
            if event == "call" and frame.f_code is imaging.render.__code__:
                renders += 1

        sys.setprofile(count_renders)
        try:
            outcome = pickle.dumps((True, fn(*args, **kwargs)))
        except Exception as error:
            outcome = pickle.dumps((False, error))
        finally:
            sys.setprofile(None)
        with self._lock:
            self.jobs += 1
            self.renders += renders
        ok, value = pickle.loads(outcome)
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._workers.shutdown(wait=wait, cancel_futures=cancel_futures)
