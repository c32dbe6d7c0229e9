"""Tests for lru.LRUCache: what it returns, loads, keeps, counts and logs,
seen only through get(), keys(), stats(), the loader and the log."""

import logging

import pytest

from .lru import LRUCache


class Loader:
    """A fake slow loader that remembers which keys it was asked for."""

    def __init__(self, values=None):
        self.values = values or {}
        self.calls = []

    def __call__(self, key):
        self.calls.append(key)
        return self.values.get(key, key.upper())


def test_a_miss_loads_the_value_and_a_hit_does_not():
    load = Loader()
    cache = LRUCache(load, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"
    assert load.calls == ["a"]


def test_a_none_value_is_cached_like_any_other():
    load = Loader({"a": None})
    cache = LRUCache(load, capacity=2)
    assert cache.get("a") is None
    assert cache.get("a") is None
    assert load.calls == ["a"]


@pytest.mark.parametrize("capacity", [0, -1])
def test_a_capacity_below_one_is_refused(capacity):
    with pytest.raises(ValueError):
        LRUCache(Loader(), capacity=capacity)


def test_a_cache_holds_up_to_capacity_keys():
    cache = LRUCache(Loader(), capacity=3)
    for key in "abc":
        cache.get(key)
    assert set(cache.keys()) == {"a", "b", "c"}
    cache.get("d")
    assert len(cache.keys()) == 3


def test_the_least_recently_used_key_is_evicted():
    load = Loader()
    cache = LRUCache(load, capacity=2)
    cache.get("a")
    cache.get("b")
    cache.get("c")
    assert set(cache.keys()) == {"b", "c"}
    cache.get("a")  # evicted, so loaded again
    assert load.calls == ["a", "b", "c", "a"]


def test_a_hit_makes_the_key_the_most_recently_used():
    cache = LRUCache(Loader(), capacity=2)
    cache.get("a")
    cache.get("b")
    cache.get("a")
    cache.get("c")
    assert set(cache.keys()) == {"a", "c"}


def test_a_failing_load_raises_its_own_error_and_changes_nothing():
    error = KeyError("b")

    def load(key):
        if key == "b":
            raise error
        return key.upper()

    cache = LRUCache(load, capacity=1)
    cache.get("a")
    with pytest.raises(KeyError) as raised:
        cache.get("b")
    assert raised.value is error
    assert set(cache.keys()) == {"a"}
    assert cache.stats() == {"hits": 0, "misses": 2, "evictions": 0}


def test_stats_count_hits_misses_and_evictions():
    cache = LRUCache(Loader(), capacity=2)
    assert cache.stats() == {"hits": 0, "misses": 0, "evictions": 0}
    for key in "abac":
        cache.get(key)
    assert cache.stats() == {"hits": 1, "misses": 3, "evictions": 1}


def test_stats_are_a_snapshot():
    cache = LRUCache(Loader(), capacity=2)
    cache.get("a")
    before = cache.stats()
    cache.get("a")
    cache.get("b")
    assert before == {"hits": 0, "misses": 1, "evictions": 0}


def test_keys_and_stats_do_not_count_as_uses():
    cache = LRUCache(Loader(), capacity=2)
    cache.get("a")
    cache.get("b")
    cache.keys()
    cache.stats()
    cache.get("c")
    assert set(cache.keys()) == {"b", "c"}
    assert cache.stats() == {"hits": 0, "misses": 3, "evictions": 1}


def test_each_eviction_logs_the_evicted_key(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(Loader(), capacity=1)
    for key in ["apple", "banana", "cherry"]:
        cache.get(key)
    records = [r for r in caplog.records if r.name == "lru"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    assert repr("apple") in records[0].getMessage()
    assert repr("banana") in records[1].getMessage()


def test_nothing_is_logged_without_an_eviction(caplog):
    caplog.set_level(logging.DEBUG, logger="lru")
    cache = LRUCache(Loader(), capacity=2)
    for key in "abab":
        cache.get(key)
    assert [r for r in caplog.records if r.name == "lru"] == []


def test_two_caches_keep_their_own_keys_and_counts():
    first = LRUCache(Loader({"a": 1}), capacity=2)
    second = LRUCache(Loader({"a": 2}), capacity=2)
    assert first.get("a") == 1
    assert set(second.keys()) == set()
    assert second.get("a") == 2
    assert first.stats() == {"hits": 0, "misses": 1, "evictions": 0}
