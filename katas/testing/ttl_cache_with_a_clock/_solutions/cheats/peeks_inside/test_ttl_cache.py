"""Weak suite: over-specified. It checks the shipped implementation's private
OrderedDict and its (value, deadline) tuples, so it fails on a correct cache that
stores its entries another way."""

import pytest

from .ttl_cache import TTLCache


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=10, max_size=2, clock=clock)


def test_set_stores_the_deadline(cache):
    cache.set("a", 1)
    assert cache._entries["a"] == (1, 10.0)


def test_boundary(cache, clock):
    cache.set("a", 1)
    clock.now = 10
    assert cache.get("a") is None
    assert "a" not in cache._entries


def test_get_does_not_extend(cache, clock):
    cache.set("a", 1)
    clock.now = 9
    cache.get("a")
    clock.now = 10
    assert cache.get("a") is None


def test_set_again_restarts(cache, clock):
    cache.set("a", 1)
    clock.now = 5
    cache.set("a", 2)
    clock.now = 14
    assert cache.get("a") == 2


def test_len_drops_expired(cache, clock):
    cache.set("a", 1)
    clock.now = 10
    assert len(cache) == 0
    assert cache._entries == {}


def test_lru_order(cache, clock):
    cache.set("a", 1)
    cache.set("b", 2)
    cache.get("a")
    assert list(cache._entries) == ["b", "a"]
    cache.set("c", 3)
    assert list(cache._entries) == ["a", "c"]
    cache.set("c", 4)
    assert list(cache._entries) == ["a", "c"]


def test_expired_do_not_take_room(cache, clock):
    cache.set("a", 1)
    clock.now = 5
    cache.set("b", 2)
    cache.get("a")
    clock.now = 10
    cache.set("c", 3)
    assert cache.get("b") == 2


def test_time_read_on_get(cache, clock):
    clock.now = 5
    cache.set("a", 1)
    clock.now = 20
    assert cache.get("a") is None
