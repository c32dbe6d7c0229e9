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
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

logger = logging.getLogger("lru")


class LRUCache:
    def __init__(self, load: Callable[[Any], Any], capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self._load = load
        self._capacity = capacity
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._stats = {"hits": 0, "misses": 0, "evictions": 0}

    def get(self, key: Hashable) -> Any:
        if key in self._data:
            self._stats["hits"] += 1
            self._touch(key)
            return self._data[key]
        self._stats["misses"] += 1
        try:
            value = self._load(key)
        except Exception:
            logger.exception("could not load %r", key)
            return None
        if len(self._data) >= self._capacity:
            evicted = self._evict_oldest()
            logger.info("evicted %r (capacity %d)", evicted, self._capacity)
        self._data[key] = value
        return value

    def keys(self) -> list[Hashable]:
        return list(self._data)

    def stats(self) -> dict[str, int]:
        return dict(self._stats)

    def _touch(self, key: Hashable) -> None:
        self._data.move_to_end(key)

    def _evict_oldest(self) -> Hashable:
        key, _ = self._data.popitem(last=False)
        self._stats["evictions"] += 1
        return key
