"""Blind weak suite: every promise gets a test, but most asserts are too weak to fail: a log record exists (not which key), stats is a Mapping (not a snapshot), a None get returns None (load calls not counted), a second cache returns a str."""

import logging
from collections.abc import Mapping

import pytest

from .lru import LRUCache


def test_get_returns_the_loaded_value():
    cache = LRUCache(str.upper, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"


def test_capacity_below_one_is_refused():
    with pytest.raises(ValueError):
        LRUCache(str.upper, capacity=0)


def test_a_hit_keeps_the_key():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abac":
        cache.get(key)
    assert "a" in cache.keys()


def test_cache_never_exceeds_capacity():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abcde":
        cache.get(key)
        assert len(cache.keys()) <= 2


def test_a_none_value_can_be_cached():
    cache = LRUCache(lambda key: None, capacity=2)
    assert cache.get("a") is None
    assert cache.get("a") is None


def test_a_failing_load_raises():
    def load(key):
        raise KeyError(key)

    cache = LRUCache(load, capacity=2)
    with pytest.raises(Exception):
        cache.get("a")


def test_stats_is_a_mapping_of_counts():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    stats = cache.stats()
    assert isinstance(stats, Mapping)
    assert set(stats) == {"hits", "misses", "evictions"}
    assert all(isinstance(n, int) for n in stats.values())


def test_two_caches_both_work():
    first = LRUCache(str.upper, capacity=2)
    second = LRUCache(str.lower, capacity=2)
    assert first.get("a") == "A"
    assert isinstance(second.get("a"), str)


def test_an_eviction_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(str.upper, capacity=1)
    cache.get("a")
    cache.get("b")
    assert caplog.records
