"""Blind cheat: sweeps an OrderedDict from the front and stops at the first live session, but record() never moves a session to the end.

Differs: record("a", 1) at t=0; record("b", 2) at t=1; record("a", 3) at t=600; at t=1000
len(history) -> 2 and recent("b") -> [2] (should be 1 and [], "b" has been idle 999 s).
"""

from collections import OrderedDict, deque
from collections.abc import Callable


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        self._events: OrderedDict[str, deque[object]] = OrderedDict()
        self._last_active: dict[str, float] = {}

    def _sweep(self) -> None:
        now = self._clock()
        while self._events:
            oldest = next(iter(self._events))
            if now - self._last_active[oldest] < self._idle_timeout:
                break
            del self._events[oldest]
            del self._last_active[oldest]

    def record(self, session_id: str, event: object) -> None:
        self._sweep()
        if session_id not in self._events:
            self._events[session_id] = deque(maxlen=self._max_events)
        self._events[session_id].append(event)
        self._last_active[session_id] = self._clock()

    def recent(self, session_id: str) -> list[object]:
        self._sweep()
        return list(self._events.get(session_id, ()))

    def __len__(self) -> int:
        self._sweep()
        return len(self._events)
