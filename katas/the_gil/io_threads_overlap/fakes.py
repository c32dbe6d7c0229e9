"""Fake health checks for the tests: read them, do not edit them."""

import threading
import time
from collections import Counter
from collections.abc import Callable, Collection


class FakeNetwork:
    """A check(host) that proves the checks overlap.

    It answers f"{host}: ok", or, for a host in `down`, raises ConnectionError
    (or what `error(host)` makes), kept in `raised`.
    Before answering, each check waits, as a real one waits for the network,
    until all `hosts` checks are in flight at the same time (a
    threading.Barrier, which releases the GIL while it waits). Checks that
    overlap all get there together and answer at once. Checks made one after
    another never do: the first one gives up after `patience` seconds, and the
    others no longer wait. `most_at_once` is the most checks seen in flight
    at the same time. Given the list of hosts rather than their number, checks
    that overlap answer in reverse order of the host names (`answer(host)`),
    so the order answers arrive in is never the order they were asked in.
    """

    def __init__(
        self,
        hosts: int | list[str],
        down: Collection[str] = (),
        patience: float = 2.0,
        error: Callable[[str], BaseException] | None = None,
        answer: Callable[[str], str] = lambda host: f"{host}: ok",
    ) -> None:
        count = hosts if isinstance(hosts, int) else len(hosts)
        self.barrier = threading.Barrier(max(count, 1), timeout=patience)
        self.patience = patience
        self.answer = answer
        # Given the hosts themselves, checks that overlap answer in reverse order of
        # the host names, whatever order they were asked in.
        self._unanswered = None if isinstance(hosts, int) else Counter(hosts)
        self._answered = threading.Condition()
        self.down = set(down)
        self.error = error or (lambda host: ConnectionError(f"{host} did not answer"))
        self.raised: list[BaseException] = []  # every error a check raised
        self.most_at_once = 0
        self._in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, host: str) -> str:
        with self._lock:
            self._in_flight += 1
            self.most_at_once = max(self.most_at_once, self._in_flight)
        overlapped = True
        try:
            self.barrier.wait()
        except threading.BrokenBarrierError:
            overlapped = False  # they did not overlap: most_at_once says how many did
        finally:
            with self._lock:
                self._in_flight -= 1
        try:
            if overlapped and self._unanswered is not None:
                self._wait_for_the_hosts_after(host)
            if host in self.down:
                with self._lock:
                    self.raised.append(self.error(host))
                    error = self.raised[-1]
                raise error
            return self.answer(host)
        finally:
            if self._unanswered is not None:
                with self._answered:
                    self._unanswered[host] -= 1
                    self._answered.notify_all()

    def _wait_for_the_hosts_after(self, host: str) -> None:
        assert self._unanswered is not None
        with self._answered:
            self._answered.wait_for(
                lambda: not any(left for name, left in self._unanswered.items() if name > host),
                timeout=self.patience,
            )


class SlowFirstHosts:
    """A check(host) that answers after `delays[host]` seconds: the order answers arrive in."""

    def __init__(self, delays: dict[str, float]) -> None:
        self.delays = delays

    def __call__(self, host: str) -> str:
        time.sleep(self.delays[host])
        return f"{host}: ok"
