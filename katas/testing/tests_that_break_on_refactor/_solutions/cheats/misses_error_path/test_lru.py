"""Blind weak suite: public-surface tests of hits, eviction, None values, stats, separate caches and the log, but never a load that raises, nor a capacity below 1."""

import logging

from .lru import LRUCache


def counting_loader(value=str.upper):
    calls = []

    def load(key):
        calls.append(key)
        return value(key)

    return load, calls


def test_a_second_get_is_a_hit_and_skips_load():
    load, calls = counting_loader()
    cache = LRUCache(load, capacity=2)
    assert cache.get("a") == "A"
    assert cache.get("a") == "A"
    assert calls == ["a"]


def test_a_hit_makes_the_key_most_recently_used():
    cache = LRUCache(str.upper, capacity=2)
    for key in "abac":
        cache.get(key)
    assert set(cache.keys()) == {"a", "c"}


def test_capacity_keys_fit_and_one_more_evicts_the_oldest():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    cache.get("b")
    assert set(cache.keys()) == {"a", "b"}
    cache.get("c")
    assert set(cache.keys()) == {"b", "c"}


def test_a_none_value_is_cached():
    load, calls = counting_loader(lambda key: None)
    cache = LRUCache(load, capacity=2)
    assert cache.get("a") is None
    assert cache.get("a") is None
    assert calls == ["a"]


def test_stats_counts_hits_misses_and_evictions():
    cache = LRUCache(str.upper, capacity=1)
    for key in "aab":
        cache.get(key)
    assert cache.stats() == {"hits": 1, "misses": 2, "evictions": 1}


def test_stats_is_a_snapshot():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    stats = cache.stats()
    cache.get("a")
    cache.get("b")
    assert stats == {"hits": 0, "misses": 1, "evictions": 0}


def test_two_caches_do_not_share_keys():
    first = LRUCache(str.upper, capacity=2)
    second = LRUCache(str.lower, capacity=2)
    assert first.get("Ab") == "AB"
    assert second.get("Ab") == "ab"
    assert "Ab" in first.keys() and len(second.keys()) == 1


def test_an_eviction_logs_the_evicted_key(caplog):
    caplog.set_level(logging.INFO, logger="lru")
    cache = LRUCache(str.upper, capacity=1)
    cache.get("apple")
    cache.get("banana")
    [record] = [r for r in caplog.records if r.name == "lru"]
    assert record.levelno == logging.INFO
    assert repr("apple") in record.getMessage()
