"""Blind weak suite: over-specifies storage and clock use (_entries is an OrderedDict in LRU order holding (value, expiry) tuples, _ttl/_max_size attributes, exact clock() call counts, exact ValueError messages)."""

from collections import OrderedDict

import pytest

from .ttl_cache import TTLCache


class FakeClock:
    def __init__(self, now=1000.0):
        self.now = now
        self.calls = 0

    def __call__(self):
        self.calls += 1
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


def test_attributes_are_stored(clock):
    cache = TTLCache(ttl=10, max_size=3, clock=clock)
    assert cache._ttl == 10
    assert cache._max_size == 3
    assert cache._clock is clock


def test_entries_is_an_ordered_dict_of_value_and_expiry(cache):
    cache.set("a", 1)
    assert isinstance(cache._entries, OrderedDict)
    assert cache._entries["a"] == (1, 1010.0)


def test_set_reads_the_clock_once(cache, clock):
    cache.set("a", 1)
    assert clock.calls == 1


def test_get_reads_the_clock_once(cache, clock):
    cache.set("a", 1)
    clock.calls = 0
    cache.get("a")
    assert clock.calls == 1


def test_get_of_missing_key_does_not_read_the_clock(cache, clock):
    cache.get("nope")
    assert clock.calls == 0


def test_alive_before_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(9.5)
    assert cache.get("a") == 1


def test_expired_at_ttl_is_removed_from_entries(cache, clock):
    cache.set("a", 1)
    clock.advance(10)
    assert cache.get("a") is None
    assert "a" not in cache._entries
    assert len(cache) == 0


def test_get_does_not_extend(cache, clock):
    cache.set("a", 1)
    clock.advance(9)
    cache.get("a")
    clock.advance(1)
    assert cache.get("a") is None


def test_set_again_restarts_the_ttl(cache, clock):
    cache.set("a", 1)
    clock.advance(9)
    cache.set("a", 2)
    clock.advance(9)
    assert cache.get("a") == 2
    assert cache._entries["a"][1] == 1019.0


def test_get_moves_entry_to_the_end(small_cache):
    small_cache.set("a", 1)
    small_cache.set("b", 2)
    small_cache.get("a")
    assert list(small_cache._entries) == ["b", "a"]


def test_lru_is_evicted(small_cache):
    small_cache.set("a", 1)
    small_cache.set("b", 2)
    small_cache.get("a")
    small_cache.set("c", 3)
    assert list(small_cache._entries) == ["a", "c"]
    assert small_cache.get("b") is None


def test_ttl_error_message():
    with pytest.raises(ValueError, match=r"^ttl must be > 0 seconds, got 0$"):
        TTLCache(ttl=0)


def test_max_size_error_message():
    with pytest.raises(ValueError, match=r"^max_size must be None or >= 1, got 0$"):
        TTLCache(ttl=1, max_size=0)
