"""Blind weak suite: fixtures and a thorough happy path (boundaries, ttl reset, LRU eviction, expired entries), but never checks the ValueError for a bad ttl or max_size."""

import pytest

from .ttl_cache import TTLCache


class FakeClock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=10, clock=clock)


@pytest.fixture
def small_cache(clock):
    return TTLCache(ttl=10, max_size=2, clock=clock)


def test_alive_just_before_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(9.5)
    assert cache.get("a") == 1
    assert len(cache) == 1


def test_gone_exactly_at_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(10)
    assert cache.get("a", "gone") == "gone"


def test_len_is_zero_exactly_at_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(10)
    assert len(cache) == 0


def test_missing_key_gives_default(cache):
    assert cache.get("nope", 42) == 42
    assert cache.get("nope") is None


def test_get_does_not_extend(cache, clock):
    cache.set("a", 1)
    clock.advance(9)
    assert cache.get("a") == 1
    clock.advance(1)
    assert cache.get("a") is None


def test_set_again_restarts_the_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(9)
    cache.set("a", 2)
    clock.advance(9)
    assert cache.get("a") == 2


def test_set_after_expiry_revives(cache, clock):
    cache.set("a", 1)
    clock.advance(20)
    cache.set("a", 2)
    assert cache.get("a") == 2


def test_len_ignores_expired_entries(cache, clock):
    cache.set("a", 1)
    clock.advance(5)
    cache.set("b", 2)
    clock.advance(5)
    assert len(cache) == 1


def test_caches_are_independent(clock):
    one = TTLCache(ttl=10, clock=clock)
    two = TTLCache(ttl=10, clock=clock)
    one.set("a", 1)
    assert two.get("a") is None
    assert len(two) == 0


def test_full_cache_evicts_least_recently_used(small_cache):
    small_cache.set("a", 1)
    small_cache.set("b", 2)
    small_cache.get("a")
    small_cache.set("c", 3)
    assert small_cache.get("b") is None
    assert small_cache.get("a") == 1
    assert small_cache.get("c") == 3


def test_setting_a_live_key_again_evicts_nothing(small_cache):
    small_cache.set("a", 1)
    small_cache.set("b", 2)
    small_cache.set("b", 3)
    assert small_cache.get("a") == 1
    assert small_cache.get("b") == 3
    assert len(small_cache) == 2


def test_expired_entries_take_no_room(small_cache, clock):
    small_cache.set("a", 1)
    clock.advance(5)
    small_cache.set("b", 2)
    small_cache.get("a")
    clock.advance(5)
    small_cache.set("c", 3)
    assert small_cache.get("b") == 2
    assert small_cache.get("c") == 3
