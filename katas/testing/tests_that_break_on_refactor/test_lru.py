"""Tests for lru.LRUCache. They pass on lru.py as it is, and between them
they catch every planted bug; but most of them are written against this one
implementation (its OrderedDict, its helper methods, its log message), so a
correct rewrite of the cache fails them.

TODO: rewrite the tests that look inside the cache so that they check only
what lru.py's docstring promises: what get() returns, when load is called,
what keys() holds, what stats() counts, what is logged. Keep every bug
caught: each test that looks inside is the one catching some bug, so replace
it with a test of the same promise rather than delete it.
"""

import logging
from collections import OrderedDict
from unittest import mock

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


def test_capacity_below_one_is_refused():
    with pytest.raises(ValueError):
        LRUCache(str.upper, capacity=0)


def test_a_hit_moves_the_key_to_the_end():
    cache = LRUCache(str.upper, capacity=3)
    cache.get("a")
    cache.get("b")
    cache.get("a")
    assert list(cache._data) == ["b", "a"]


def test_only_hits_touch_a_key():
    cache = LRUCache(str.upper, capacity=2)
    with mock.patch.object(LRUCache, "_touch", autospec=True, side_effect=LRUCache._touch) as touch:
        cache.get("a")
        cache.get("a")
        cache.get("a")
    assert touch.call_count == 2


def test_the_third_key_evicts_the_oldest():
    cache = LRUCache(str.upper, capacity=2)
    with mock.patch.object(
        LRUCache, "_evict_oldest", autospec=True, side_effect=LRUCache._evict_oldest
    ) as evict:
        cache.get("a")
        cache.get("b")
        evict.assert_not_called()
        cache.get("c")
        evict.assert_called_once()
    assert cache.keys() == ["b", "c"]


def test_an_eviction_is_logged(caplog):
    caplog.set_level(logging.INFO)
    cache = LRUCache(str.upper, capacity=1)
    cache.get("a")
    cache.get("b")
    assert caplog.messages == ["evicted 'a' (capacity 1)"]


def test_a_none_value_is_cached():
    cache = LRUCache(lambda key: None, capacity=2)
    cache.get("a")
    cache.get("a")
    assert cache._stats == {"hits": 1, "misses": 1, "evictions": 0}


def test_a_failing_load_raises_and_caches_nothing():
    def load(key):
        raise KeyError(key)

    cache = LRUCache(load, capacity=2)
    with pytest.raises(KeyError):
        cache.get("a")
    assert cache._data == OrderedDict()


def test_stats_returns_a_new_dict():
    cache = LRUCache(str.upper, capacity=2)
    cache.get("a")
    stats = cache.stats()
    assert type(stats) is dict
    assert stats is not cache._stats


def test_two_caches_do_not_share_storage():
    first = LRUCache(str.upper, capacity=2)
    second = LRUCache(str.lower, capacity=2)
    assert first._data is not second._data
