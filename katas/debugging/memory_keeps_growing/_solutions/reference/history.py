"""Recent activity for the support chat's side panel.

Every chat session streams events (messages, typing notices, uploads) into one
SessionHistory, which lives as long as the worker process. The agent's side
panel shows the latest events of the session on screen.

Contract:

    history = SessionHistory(clock, idle_timeout=900, max_events=50)

- clock() returns the time now, in seconds (an int or a float that never goes
  backwards). The history reads the time only from it. idle_timeout > 0 and
  max_events >= 1 are numbers of seconds and of events.
- record(session_id, event) adds `event` (any object: None, 0 and the same
  object twice included) to the session `session_id` (any str). The
  session's last activity is now.
- recent(session_id) returns a new list of the session's latest max_events
  events, oldest first; [] for a session the history does not hold. Looking
  is not activity.
- A session whose last activity was idle_timeout seconds ago or more has
  expired: it is forgotten as if it had never been recorded, and a later
  record() to it starts it afresh.
- len(history) is the number of sessions it holds (expired ones excluded).
- Memory: when any call (record, recent, len) returns, the history refers to
  no event of an expired session, and to no event older than a session's
  latest max_events. Two histories share nothing.

    >>> clock = FakeClock()
    >>> history = SessionHistory(clock, idle_timeout=900, max_events=2)
    >>> for text in ["hi", "my order", "is late"]:
    ...     history.record("s1", text)
    >>> history.recent("s1")
    ['my order', 'is late']
    >>> clock.advance(900)
    >>> history.recent("s1"), len(history)
    ([], 0)

The incident: every worker gains about 30 MB an hour until the OOM killer
restarts it. The panel looks right, but this class keeps every event of every
session it has ever seen. Reproduce it (the examples count the events still
in memory), then fix it: bound each session, and forget the idle ones.
"""

from collections import OrderedDict, deque
from collections.abc import Callable


class SessionHistory:
    def __init__(self, clock: Callable[[], float], *, idle_timeout: float, max_events: int) -> None:
        self._clock = clock
        self._idle_timeout = idle_timeout
        self._max_events = max_events
        # session id -> its latest events; the least recently active session first.
        self._events: OrderedDict[str, deque[object]] = OrderedDict()
        self._last_active: dict[str, float] = {}

    def _forget_idle(self) -> float:
        """Forget every expired session, and return the time now."""
        now = self._clock()
        while self._events:
            oldest = next(iter(self._events))
            if now - self._last_active[oldest] < self._idle_timeout:
                break
            del self._events[oldest], self._last_active[oldest]
        return now

    def record(self, session_id: str, event: object) -> None:
        now = self._forget_idle()
        if session_id not in self._events:
            self._events[session_id] = deque(maxlen=self._max_events)
        self._events.move_to_end(session_id)
        self._events[session_id].append(event)
        self._last_active[session_id] = now

    def recent(self, session_id: str) -> list[object]:
        self._forget_idle()
        return list(self._events.get(session_id, ()))

    def __len__(self) -> int:
        self._forget_idle()
        return len(self._events)
