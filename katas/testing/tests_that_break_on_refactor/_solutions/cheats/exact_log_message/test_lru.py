"""Weak suite: behaviour only, except that it pins the exact eviction message
("evicted 'a' (capacity 1)"). The docstring promises an INFO record on the
"lru" logger naming the evicted key, not its wording: a correct cache that
says "dropped key 'a'" fails test_an_eviction_is_logged.
"""

import logging

from .lru import LRUCache


def test_a_hit_makes_the_key_the_most_recently_used():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abac":
        cache.get(key)
    assert set(cache.keys()) == {"a", "c"}


def test_an_eviction_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(str.upper, capacity=1)
    cache.get("a")
    cache.get("b")
    assert caplog.messages == ["evicted 'a' (capacity 1)"]
