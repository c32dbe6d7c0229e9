"""Weak suite: checks expiry only long after the ttl is up, never at the exact moment,
and never reads an entry shortly before it expires to see whether the read extended it."""

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
    return TTLCache(ttl=10, clock=clock)


@pytest.fixture
def small(clock):
    return TTLCache(ttl=10, max_size=2, clock=clock)


def test_fresh_entry(cache, clock):
    cache.set("a", 1)
    clock.now = 3
    assert cache.get("a") == 1


def test_long_expired_entry(cache, clock):
    cache.set("a", 1)
    clock.now = 100
    assert cache.get("a") is None
    assert len(cache) == 0


def test_set_again_after_expiry(cache, clock):
    cache.set("a", 1)
    clock.now = 100
    cache.set("a", 2)
    assert cache.get("a") == 2


def test_lru(small):
    small.set("a", 1)
    small.set("b", 2)
    small.get("a")
    small.set("c", 3)
    assert small.get("b") is None
    assert small.get("a") == 1
