"""Weak suite: tests behaviour only, never internals, but only the happy
path: no value of None, no failing loader, no second cache, no stats taken
before later calls, no log. The bugs hiding there survive.
"""

import pytest

from .lru import LRUCache


def test_a_second_get_is_a_hit():
    calls = []

    def load(key):
        calls.append(key)
        return key.upper()

    cache = LRUCache(load, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"
    assert calls == ["a"]


def test_the_least_recently_used_key_is_evicted():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abac":
        cache.get(key)
    assert set(cache.keys()) == {"a", "c"}
    assert cache.stats() == {"hits": 1, "misses": 3, "evictions": 1}


def test_a_capacity_of_zero_is_refused():
    with pytest.raises(ValueError):
        LRUCache(str.upper, capacity=0)
