"""Blind weak suite: only the docstring example (alive at 29.5s, gone at 30s) and the starting test; nothing on re-set, get not extending, max_size eviction or ValueErrors."""

import pytest

from .ttl_cache import TTLCache


class FakeClock:
    def __init__(self, now=100.0):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=30, clock=clock)


def test_an_entry_is_there_before_its_ttl_is_up():
    now = [1000.0]
    cache = TTLCache(ttl=10, clock=lambda: now[0])
    cache.set("user:1", "Ada")
    now[0] += 5
    assert cache.get("user:1") == "Ada"


def test_docstring_alive(cache, clock):
    cache.set("session", "ada")
    clock.now = 129.5
    assert (cache.get("session"), len(cache)) == ("ada", 1)


def test_docstring_expired(cache, clock):
    cache.set("session", "ada")
    clock.now = 129.5
    cache.get("session")
    clock.now = 130.0
    assert (cache.get("session", "expired"), len(cache)) == ("expired", 0)
