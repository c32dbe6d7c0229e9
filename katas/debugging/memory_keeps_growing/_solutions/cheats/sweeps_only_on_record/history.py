"""Blind cheat: idle sessions are swept only inside record(); recent() only expires the session it looks at, len() never sweeps.

Differs: record("s1", "hi"); clock.advance(900); len(history) -> 1 (should be 0), and the
expired "hi" is still referenced after len()/recent("other") return.
"""

from collections import deque
from collections.abc import Callable


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        self._events: dict[str, deque[object]] = {}
        self._last_active: dict[str, float] = {}

    def _forget(self, session_id: str) -> None:
        self._events.pop(session_id, None)
        self._last_active.pop(session_id, None)

    def record(self, session_id: str, event: object) -> None:
        now = self._clock()
        for sid, last in list(self._last_active.items()):
            if now - last >= self._idle_timeout:
                self._forget(sid)
        self._events.setdefault(session_id, deque(maxlen=self._max_events)).append(event)
        self._last_active[session_id] = now

    def recent(self, session_id: str) -> list[object]:
        last = self._last_active.get(session_id)
        if last is not None and self._clock() - last >= self._idle_timeout:
            self._forget(session_id)
        return list(self._events.get(session_id, ()))

    def __len__(self) -> int:
        return len(self._events)
