"""A least-recently-used cache in front of a slow loader.

``LRUCache(load, capacity)`` keeps at most ``capacity`` values that
``load(key)`` produced; ``capacity`` is an int >= 1, else ``ValueError``.

- ``cache.get(key)`` returns the value cached for ``key`` (a hit), or calls
  ``load(key)`` once, caches what it returns and returns it (a miss). ``load``
  is never called for a hit. Keys are any hashable values; values are
  anything, ``None`` included.
- If ``load`` raises, the exception propagates unchanged and the cache is left
  as it was (nothing cached, nothing evicted), but the miss is counted.
- Every ``get`` of a key, hit or miss, makes it the most recently used. When a
  miss would cache more than ``capacity`` keys, the least recently used key is
  evicted first.
- Each eviction logs one ``INFO`` record on the ``"lru"`` logger whose message
  contains ``repr()`` of the evicted key; the rest of the wording is not
  promised. Nothing else is logged.
- ``cache.keys()`` returns a new collection of the keys cached now: use ``in``,
  ``len()``, iteration or ``set()`` on it; its type and order are not promised.
- ``cache.stats()`` returns a mapping of the int counts ``"hits"``,
  ``"misses"`` and ``"evictions"`` since the cache was made: a snapshot, which
  later calls leave as it is.
- Neither ``keys()`` nor ``stats()`` counts as a use. Each cache has its own
  keys and counts.

>>> cache = LRUCache(str.upper, capacity=2)
>>> cache.get("a"), cache.get("b"), cache.get("a"), cache.get("c")
('A', 'B', 'A', 'C')
>>> sorted(cache.keys())
['a', 'c']
>>> dict(cache.stats())
{'hits': 1, 'misses': 3, 'evictions': 1}
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Hashable, Mapping
from types import MappingProxyType
from typing import Any

log = logging.getLogger("lru")

_MISSING = object()


class LRUCache:
    """A plain dict keeps insertion order: re-inserting a key makes it the newest."""

    def __init__(self, load: Callable[[Any], Any], capacity: int) -> None:
        if capacity < 1:
            raise ValueError("an LRU cache needs room for at least one key")
        self.load = load
        self.capacity = capacity
        self._values: dict[Hashable, Any] = {}
        self._counts: Counter[str] = Counter(hits=0, misses=0, evictions=0)

    def get(self, key: Hashable) -> Any:
        value = self._values.pop(key, _MISSING)
        if value is not _MISSING:
            self._counts["hits"] += 1
        else:
            self._counts["misses"] += 1
            value = self.load(key)
            self._make_room()
        self._values[key] = value
        return value

    def _make_room(self) -> None:
        while len(self._values) >= self.capacity:
            self._drop_least_recent()

    def _drop_least_recent(self) -> None:
        oldest = next(iter(self._values))
        del self._values[oldest]
        self._counts["evictions"] += 1
        log.info("LRU cache full: dropped key %r", oldest)

    def keys(self) -> frozenset[Hashable]:
        return frozenset(self._values)

    def stats(self) -> Mapping[str, int]:
        # Read-only, and a copy: later calls cannot change it.
        return MappingProxyType(dict(self._counts))
