"""Blind weak suite: no private attributes any more, but it still pins the order and list type of keys(), the dict type of stats(), the log call's %-format args and wording, and the capacity error message."""

import logging

import pytest

from .lru import LRUCache


def counting_loader():
    calls = []

    def load(key):
        calls.append(key)
        return key.upper()

    return load, calls


def test_a_second_get_is_a_hit():
    load, calls = counting_loader()
    cache = LRUCache(load, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"
    assert calls == ["a"]


def test_capacity_below_one_is_refused():
    with pytest.raises(ValueError, match="capacity must be at least 1, got 0"):
        LRUCache(str.upper, capacity=0)


def test_a_hit_makes_the_key_most_recently_used():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    cache.get("b")
    cache.get("a")
    cache.get("c")
    assert cache.keys() == ["a", "c"]


def test_keys_are_listed_oldest_first():
    cache = LRUCache(str.upper, capacity=3)
    for key in "abc":
        cache.get(key)
    cache.get("a")
    assert cache.keys() == ["b", "c", "a"]


def test_the_third_key_evicts_the_oldest():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    cache.get("b")
    assert len(cache.keys()) == 2
    cache.get("c")
    assert cache.keys() == ["b", "c"]


def test_an_eviction_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(str.upper, capacity=1)
    cache.get("a")
    cache.get("b")
    [record] = caplog.records
    assert record.levelno == logging.INFO
    assert record.args == ("a", 1)
    assert record.getMessage().startswith("evicted 'a'")


def test_a_none_value_is_cached():
    calls = []

    def load(key):
        calls.append(key)
        return None

    cache = LRUCache(load, capacity=2)
    assert cache.get("a") is None
    assert cache.get("a") is None
    assert calls == ["a"]


def test_a_failing_load_raises_and_caches_nothing():
    error = KeyError("a")

    def load(key):
        raise error

    cache = LRUCache(load, capacity=2)
    with pytest.raises(KeyError) as info:
        cache.get("a")
    assert info.value is error
    assert cache.keys() == []


def test_stats_is_a_snapshot_dict():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    stats = cache.stats()
    assert type(stats) is dict
    cache.get("a")
    cache.get("b")
    assert stats == {"hits": 0, "misses": 1, "evictions": 0}


def test_two_caches_have_their_own_keys():
    first = LRUCache(str.upper, capacity=2)
    second = LRUCache(str.lower, capacity=2)
    assert first.get("Ab") == "AB"
    assert second.get("Ab") == "ab"
    assert second.stats() == {"hits": 0, "misses": 1, "evictions": 0}
