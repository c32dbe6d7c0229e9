"""Fake health checks for the tests: read them, do not edit them."""

import threading
import time
from collections.abc import Collection


class FakeNetwork:
    """A check(host) that proves the checks overlap.

    It answers f"{host}: ok", or raises ConnectionError for a host in `down`.
    Before answering, each check waits, as a real one waits for the network,
    until all `hosts` checks are in flight at the same time (a
    threading.Barrier, which releases the GIL while it waits). Checks that
    overlap all get there together and answer at once. Checks made one after
    another never do: the first one gives up after `patience` seconds, and the
    others no longer wait. `most_at_once` is the most checks seen in flight
    at the same time.
    """

    def __init__(self, hosts: int, down: Collection[str] = (), patience: float = 2.0) -> None:
        self.barrier = threading.Barrier(max(hosts, 1), timeout=patience)
        self.down = set(down)
        self.most_at_once = 0
        self._in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, host: str) -> str:
        with self._lock:
            self._in_flight += 1
            self.most_at_once = max(self.most_at_once, self._in_flight)
        try:
            self.barrier.wait()
        except threading.BrokenBarrierError:
            pass  # they did not overlap: most_at_once says how many did
        finally:
            with self._lock:
                self._in_flight -= 1
        if host in self.down:
            raise ConnectionError(f"{host} did not answer")
        return f"{host}: ok"


class SlowFirstHosts:
    """A check(host) that answers after `delays[host]` seconds: the order answers arrive in."""

    def __init__(self, delays: dict[str, float]) -> None:
        self.delays = delays

    def __call__(self, host: str) -> str:
        time.sleep(self.delays[host])
        return f"{host}: ok"
