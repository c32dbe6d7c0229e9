"""Weak suite: fixtures and a fake clock, but no test ever moves the clock, so nothing
about expiry is checked; only get, set, len and eviction at one instant."""

import pytest

from .ttl_cache import TTLCache


@pytest.fixture
def clock():
    return lambda: 1000.0


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=10, clock=clock)


@pytest.fixture
def small(clock):
    return TTLCache(ttl=10, max_size=2, clock=clock)


def test_set_then_get(cache):
    cache.set("a", 1)
    assert cache.get("a") == 1
    assert cache.get("b", "default") == "default"


def test_set_again_replaces(cache):
    cache.set("a", 1)
    cache.set("a", 2)
    assert cache.get("a") == 2
    assert len(cache) == 1


def test_len(cache):
    cache.set("a", 1)
    cache.set("b", 2)
    assert len(cache) == 2


def test_eviction_of_the_least_recently_used(small):
    small.set("a", 1)
    small.set("b", 2)
    small.get("a")
    small.set("c", 3)
    assert small.get("b") is None
    assert small.get("a") == 1


def test_replacing_in_a_full_cache(small):
    small.set("a", 1)
    small.set("b", 2)
    small.set("b", 3)
    assert small.get("a") == 1


def test_bad_ttl():
    with pytest.raises(ValueError):
        TTLCache(ttl=0)
