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
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

_log = logging.getLogger("lru")


@dataclass(eq=False)
class _Node:
    key: Hashable = None
    value: Any = None
    prev: _Node | None = field(default=None, repr=False)
    next: _Node | None = field(default=None, repr=False)


@dataclass
class _Counts:
    hits: int = 0
    misses: int = 0
    evictions: int = 0


class LRUCache:
    """A dict from key to node of a doubly linked list, the most recent next to the head."""

    def __init__(self, load: Callable[[Any], Any], capacity: int) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity {capacity!r} is not a positive number of keys")
        self._loader = load
        self._room = capacity
        self._nodes: dict[Hashable, _Node] = {}
        self._head = _Node()  # sentinel: head.next is the most recently used
        self._tail = _Node()  # sentinel: tail.prev is the least recently used
        self._head.next, self._tail.prev = self._tail, self._head
        self._counts = _Counts()

    def get(self, key: Hashable) -> Any:
        node = self._nodes.get(key)
        if node is not None:
            self._counts.hits += 1
            self._unlink(node)
            self._push_front(node)
            return node.value
        self._counts.misses += 1
        value = self._loader(key)
        if len(self._nodes) == self._room:
            lru = self._tail.prev
            assert lru is not None and lru is not self._head
            self._unlink(lru)
            del self._nodes[lru.key]
            self._counts.evictions += 1
            _log.info("dropping least recently used %r to make room for %r", lru.key, key)
        node = _Node(key, value)
        self._nodes[key] = node
        self._push_front(node)
        return value

    def _unlink(self, node: _Node) -> None:
        assert node.prev is not None and node.next is not None
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node: _Node) -> None:
        first = self._head.next
        assert first is not None
        node.prev, node.next = self._head, first
        self._head.next = first.prev = node

    def keys(self) -> tuple[Hashable, ...]:
        found = []
        node = self._head.next
        while node is not None and node is not self._tail:
            found.append(node.key)
            node = node.next
        return tuple(found)

    def stats(self) -> dict[str, int]:
        return {
            "hits": self._counts.hits,
            "misses": self._counts.misses,
            "evictions": self._counts.evictions,
        }
