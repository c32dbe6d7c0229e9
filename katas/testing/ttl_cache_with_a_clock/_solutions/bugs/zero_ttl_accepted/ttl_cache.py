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

import time
from collections import OrderedDict
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
        if ttl < 0:
            raise ValueError(f"ttl must be > 0 seconds, got {ttl}")
        if max_size is not None and max_size < 1:
            raise ValueError(f"max_size must be None or >= 1, got {max_size}")
        self._ttl = ttl
        self._max_size = max_size
        self._clock = clock
        # key -> (value, the time it expires), the least recently used first.
        self._entries: OrderedDict[Hashable, tuple[Any, float]] = OrderedDict()

    def set(self, key: Hashable, value: Any) -> None:
        now = self._clock()
        if key not in self._entries and self._max_size is not None:
            self._drop_expired(now)
            if len(self._entries) >= self._max_size:
                self._entries.popitem(last=False)
        self._entries[key] = (value, now + self._ttl)
        self._entries.move_to_end(key)

    def get(self, key: Hashable, default: Any = None) -> Any:
        entry = self._entries.get(key)
        if entry is None:
            return default
        value, expires_at = entry
        if self._clock() >= expires_at:
            del self._entries[key]
            return default
        self._entries.move_to_end(key)
        return value

    def __len__(self) -> int:
        self._drop_expired(self._clock())
        return len(self._entries)

    def _drop_expired(self, now: float) -> None:
        expired = [key for key, (_, expires_at) in self._entries.items() if now >= expires_at]
        for key in expired:
            del self._entries[key]
