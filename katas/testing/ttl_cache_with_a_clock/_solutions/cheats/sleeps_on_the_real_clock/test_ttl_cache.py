"""Blind weak suite: uses the real time.monotonic clock and time.sleep (slow, flaky), so it only checks far from the ttl boundary and only that len stays within max_size; no fixtures for time, no exact moments, no eviction order, no ValueErrors."""

import time

import pytest

from .ttl_cache import TTLCache


@pytest.fixture
def cache():
    return TTLCache(ttl=0.05)


def test_alive_right_after_set(cache):
    cache.set("a", 1)
    assert cache.get("a") == 1


def test_gone_after_sleeping_past_ttl(cache):
    cache.set("a", 1)
    time.sleep(0.1)
    assert cache.get("a") is None


def test_len_after_sleeping(cache):
    cache.set("a", 1)
    cache.set("b", 2)
    assert len(cache) == 2
    time.sleep(0.1)
    assert len(cache) <= 2


def test_never_more_than_max_size():
    cache = TTLCache(ttl=60, max_size=2)
    for i in range(5):
        cache.set(i, i)
    assert len(cache) <= 2


def test_default_is_returned_for_missing_key(cache):
    assert cache.get("nope", "x") == "x"
