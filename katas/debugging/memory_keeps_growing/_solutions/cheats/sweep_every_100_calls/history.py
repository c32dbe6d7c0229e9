"""Blind cheat: the full sweep of idle sessions is amortised to every 100th call; in between, expired sessions stay in memory (only hidden from recent/len).

Differs: record("s1", "hi"); clock.advance(900); len(history) -> 0, but the history still
refers to "hi" after that call returns (should hold no event of an expired session).
"""

from collections import deque
from collections.abc import Callable

SWEEP_EVERY = 100  # scanning every session on every call is too slow


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        self._events: dict[str, deque[object]] = {}
        self._last_active: dict[str, float] = {}
        self._calls = 0

    def _expired(self, session_id: str, now: float) -> bool:
        return now - self._last_active[session_id] >= self._idle_timeout

    def _tick(self) -> float:
        now = self._clock()
        self._calls += 1
        if self._calls % SWEEP_EVERY == 0:
            for sid in [s for s in self._last_active if self._expired(s, now)]:
                del self._events[sid]
                del self._last_active[sid]
        return now

    def record(self, session_id: str, event: object) -> None:
        now = self._tick()
        if session_id in self._events and self._expired(session_id, now):
            del self._events[session_id]
        self._events.setdefault(session_id, deque(maxlen=self._max_events)).append(event)
        self._last_active[session_id] = now

    def recent(self, session_id: str) -> list[object]:
        now = self._tick()
        if session_id not in self._events or self._expired(session_id, now):
            return []
        return list(self._events[session_id])

    def __len__(self) -> int:
        now = self._tick()
        return sum(1 for sid in self._last_active if not self._expired(sid, now))
