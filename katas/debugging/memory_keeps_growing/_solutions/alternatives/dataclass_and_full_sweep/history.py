"""Alternative: one Session object per chat in a plain dict, trimmed by slicing,
and a sweep that scans every session (simple, O(sessions) per call: fine for a
worker holding a few thousand chats)."""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Session:
    last_active: float
    events: list[object] = field(default_factory=list)


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self.clock = clock
        self.idle_timeout = idle_timeout
        self.max_events = max_events
        self.sessions: dict[str, Session] = {}

    def _now_without_idle_sessions(self) -> float:
        now = self.clock()
        idle = [
            session_id
            for session_id, session in self.sessions.items()
            if session.last_active + self.idle_timeout <= now
        ]
        for session_id in idle:
            del self.sessions[session_id]
        return now

    def record(self, session_id: str, event: object) -> None:
        now = self._now_without_idle_sessions()
        session = self.sessions.setdefault(session_id, Session(now))
        session.last_active = now
        session.events.append(event)
        del session.events[: -self.max_events]

    def recent(self, session_id: str) -> list[object]:
        self._now_without_idle_sessions()
        session = self.sessions.get(session_id)
        return [] if session is None else session.events.copy()

    def __len__(self) -> int:
        self._now_without_idle_sessions()
        return len(self.sessions)
