"""Blind weak suite: only the docstring example and the public tests of the starting file; None values, a failing load, stats snapshots, separate caches and the eviction log go untested."""

import pytest

from .lru import LRUCache


def test_docstring_example():
    cache = LRUCache(str.upper, capacity=2)
    assert (cache.get("a"), cache.get("b"), cache.get("a"), cache.get("c")) == ("A", "B", "A", "C")
    assert sorted(cache.keys()) == ["a", "c"]
    assert dict(cache.stats()) == {"hits": 1, "misses": 3, "evictions": 1}


def test_a_second_get_is_a_hit():
    calls = []

    def load(key):
        calls.append(key)
        return key.upper()

    cache = LRUCache(load, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"
    assert calls == ["a"]


def test_capacity_below_one_is_refused():
    with pytest.raises(ValueError):
        LRUCache(str.upper, capacity=0)
