"""A cache whose entries expire a fixed time after they are set, read from an injectable clock.

``TTLCache(ttl, *, max_size=None, clock=time.monotonic)``:

- ``ttl`` is every entry's time to live, in seconds: a number > 0. ``max_size`` is
  ``None`` (no limit) or an int >= 1. ``ValueError`` otherwise.
- ``clock`` is a callable that returns the current time in seconds and never goes
  back (``time.monotonic`` by default; a test passes a fake one it can move). The
  cache asks it for the time whenever it needs the time, on every call: it never
  sleeps and never keeps an old reading.
- ``cache.set(key, value)`` stores ``value`` under ``key`` (any hashable), replacing
  what was there. An entry set at time ``t`` is alive while ``clock() < t + ttl``: it
  has expired from the moment ``clock() == t + ttl`` on. Setting a key again, alive or
  expired, starts its ttl afresh from that moment.
- ``cache.get(key, default=None)`` returns the value of the key's live entry, or
  ``default`` when the key was never set or its entry has expired. A get never
  extends an entry's life.
- ``len(cache)`` is the number of live entries: expired ones are never counted.
- With ``max_size``, the cache never holds more than ``max_size`` live entries. An
  entry is *used* when it is set and each time get returns it. Setting a key when
  the cache already holds ``max_size`` live entries, none of them under that key,
  first evicts the least recently used live entry. Nothing else is ever evicted:
  not when there is room, not when a live key is set again, and expired entries
  never take up room.
- Each cache has its own entries: two caches never share anything.

>>> now = 100.0
>>> cache = TTLCache(ttl=30, clock=lambda: now)
>>> cache.set("session", "ada")
>>> now = 129.5
>>> cache.get("session"), len(cache)
('ada', 1)
>>> now = 130.0
>>> cache.get("session", "expired"), len(cache)
('expired', 0)
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections.abc import Callable, Hashable
from typing import Any


class TTLCache:
    def __init__(
        self,
        ttl: float,
        *,
        max_size: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not ttl > 0:
            raise ValueError("ttl must be positive")
        if max_size is not None and not max_size >= 1:
            raise ValueError("max_size must be at least 1")
        self.ttl = ttl
        self.max_size = max_size
        self.clock = clock
        self._values: dict[Hashable, Any] = {}
        self._expires: dict[Hashable, float] = {}
        self._last_used: dict[Hashable, int] = {}
        # (expiry, tie-breaker, key): the soonest expiry on top. Keys need not be
        # orderable, so the tie-breaker keeps heapq from ever comparing two of them.
        self._deadlines: list[tuple[float, int, Hashable]] = []
        self._ticks = itertools.count()

    def _expire(self) -> float:
        """Forget every entry that has expired by now; return now."""
        now = self.clock()
        while self._deadlines and self._deadlines[0][0] <= now:
            expiry, _, key = heapq.heappop(self._deadlines)
            if self._expires.get(key) == expiry:  # not an older deadline of a key set again
                del self._values[key], self._expires[key], self._last_used[key]
        return now

    def set(self, key: Hashable, value: Any) -> None:
        now = self._expire()
        if self.max_size is not None and key not in self._values:
            if len(self._values) >= self.max_size:
                oldest = min(self._last_used, key=self._last_used.__getitem__)
                del self._values[oldest], self._expires[oldest], self._last_used[oldest]
        expiry = now + self.ttl
        self._values[key] = value
        self._expires[key] = expiry
        self._last_used[key] = next(self._ticks)
        heapq.heappush(self._deadlines, (expiry, next(self._ticks), key))

    def get(self, key: Hashable, default: Any = None) -> Any:
        self._expire()
        if key not in self._values:
            return default
        self._last_used[key] = next(self._ticks)
        return self._values[key]

    def __len__(self) -> int:
        self._expire()
        return len(self._values)
