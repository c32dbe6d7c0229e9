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
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any


@dataclass
class _Entry:
    value: Any
    set_at: float


class TTLCache:
    def __init__(
        self,
        ttl: float,
        *,
        max_size: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not ttl > 0 or (max_size is not None and max_size <= 0):
            raise ValueError(f"bad cache settings: ttl={ttl}, max_size={max_size}")
        self.ttl = ttl
        self.max_size = max_size
        self.clock = clock
        # A plain dict keeps insertion order: an entry moves to the end when used,
        # so the first one is the least recently used.
        self.entries: dict[Hashable, _Entry] = {}

    def _live(self, now: float) -> dict[Hashable, _Entry]:
        """The live entries at time ``now``; the expired ones are dropped."""
        self.entries = {
            key: entry for key, entry in self.entries.items() if now < entry.set_at + self.ttl
        }
        return self.entries

    def set(self, key: Hashable, value: Any) -> None:
        now = self.clock()
        live = self._live(now)
        was_there = live.pop(key, None) is not None
        if not was_there and self.max_size is not None and len(live) >= self.max_size:
            del live[next(iter(live))]
        live[key] = _Entry(value, now)

    def get(self, key: Hashable, default: Any = None) -> Any:
        live = self._live(self.clock())
        if key not in live:
            return default
        entry = live.pop(key)
        live[key] = entry
        return entry.value

    def __len__(self) -> int:
        return len(self._live(self.clock()))
