"""Weak suite: behaviour only and strong enough to catch every bug, but it
compares keys() to a list in least-recently-used order. keys() promises
neither a type nor an order: a cache that lists its keys most recent first,
or returns a frozenset, is correct and fails these tests.
"""

import logging

import pytest

from .lru import LRUCache


def test_a_none_value_is_loaded_once():
    calls = []

    def load(key):
        calls.append(key)

    cache = LRUCache(load, capacity=2)
    cache.get("a")
    cache.get("a")
    assert calls == ["a"]


def test_the_least_recently_used_key_is_evicted():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abac":
        cache.get(key)
    assert cache.keys() == ["a", "c"]


def test_a_full_cache_keeps_capacity_keys():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    cache.get("b")
    assert cache.keys() == ["a", "b"]
    cache.get("c")
    assert cache.keys() == ["b", "c"]


def test_a_failing_load_propagates():
    def load(key):
        raise KeyError(key)

    cache = LRUCache(load, capacity=2)
    with pytest.raises(KeyError):
        cache.get("a")
    assert cache.keys() == []


def test_stats_are_a_snapshot():
    cache = LRUCache(str.upper, capacity=2)
    stats = cache.stats()
    cache.get("a")
    assert stats == {"hits": 0, "misses": 0, "evictions": 0}


def test_caches_are_independent():
    first = LRUCache(str.upper, capacity=2)
    second = LRUCache(str.upper, capacity=2)
    first.get("a")
    assert second.keys() == []


def test_the_evicted_key_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(str.upper, capacity=1)
    cache.get("apple")
    cache.get("banana")
    assert "'apple'" in caplog.records[0].getMessage()
