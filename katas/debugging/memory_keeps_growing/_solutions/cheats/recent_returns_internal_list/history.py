"""Blind cheat: sessions are trimmed lists and recent() hands out the stored list itself, not a new one.

Differs: record("s1", "hi"); history.recent("s1").append("x"); history.recent("s1") -> ["hi", "x"]
(should be ["hi"]; recent() must return a new list).
"""

from collections import OrderedDict
from collections.abc import Callable


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        self._events: OrderedDict[str, list[object]] = OrderedDict()
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
        events = self._events.setdefault(session_id, [])
        events.append(event)
        del events[: -self._max_events]  # already bounded, no copy needed later
        self._events.move_to_end(session_id)
        self._last_active[session_id] = self._clock()

    def recent(self, session_id: str) -> list[object]:
        self._sweep()
        return self._events.get(session_id, [])

    def __len__(self) -> int:
        self._sweep()
        return len(self._events)
