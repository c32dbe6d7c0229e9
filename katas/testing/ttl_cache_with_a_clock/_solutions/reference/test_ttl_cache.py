"""Tests for ttl_cache.TTLCache: a fake clock and the caches built on it are fixtures,
and each test states one promise of the contract."""

import pytest

from .ttl_cache import TTLCache

TTL = 10


class FakeClock:
    """A clock that stands still until the test moves it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cache(clock):
    return TTLCache(ttl=TTL, clock=clock)


@pytest.fixture
def cache_of_two(clock):
    """A cache with room for two live entries, on the same clock."""
    return TTLCache(ttl=TTL, max_size=2, clock=clock)


def test_an_entry_is_there_before_its_ttl_is_up(cache, clock):
    cache.set("user:1", "Ada")
    clock.advance(TTL - 0.5)
    assert cache.get("user:1") == "Ada"


@pytest.mark.parametrize(
    ("elapsed", "alive"),
    [(0, True), (TTL - 0.25, True), (TTL, False), (TTL + 0.25, False), (10 * TTL, False)],
)
def test_an_entry_expires_exactly_ttl_seconds_after_it_was_set(cache, clock, elapsed, alive):
    cache.set("k", "v")
    clock.advance(elapsed)
    assert cache.get("k", "gone") == ("v" if alive else "gone")
    assert len(cache) == (1 if alive else 0)


def test_get_returns_the_default_for_a_missing_or_expired_key(cache, clock):
    assert cache.get("never set") is None
    assert cache.get("never set", "default") == "default"
    cache.set("k", "v")
    clock.advance(TTL)
    assert cache.get("k") is None
    assert cache.get("k", "default") == "default"


def test_get_does_not_extend_an_entrys_life(cache, clock):
    cache.set("k", "v")
    clock.advance(TTL - 1)
    assert cache.get("k") == "v"
    clock.advance(1)
    assert cache.get("k") is None


def test_setting_a_live_key_again_replaces_it_and_restarts_its_ttl(cache, clock):
    cache.set("k", "old")
    clock.advance(TTL - 1)
    cache.set("k", "new")
    clock.advance(TTL - 1)
    assert cache.get("k") == "new"
    assert len(cache) == 1
    clock.advance(1)
    assert cache.get("k") is None


def test_setting_an_expired_key_again_makes_it_live(cache, clock):
    cache.set("k", "old")
    clock.advance(TTL + 5)
    cache.set("k", "new")
    clock.advance(TTL - 1)
    assert cache.get("k") == "new"


def test_len_counts_only_the_live_entries(cache, clock):
    assert len(cache) == 0
    cache.set("a", 1)
    clock.advance(4)
    cache.set("b", 2)
    cache.set("c", 3)
    assert len(cache) == 3
    clock.advance(TTL - 4)  # "a" has just expired
    assert len(cache) == 2
    clock.advance(4)
    assert len(cache) == 0


def test_caches_do_not_share_entries(clock):
    first, second = TTLCache(ttl=TTL, clock=clock), TTLCache(ttl=TTL, clock=clock)
    first.set("k", "first")
    assert second.get("k") is None
    assert len(second) == 0


def test_a_full_cache_evicts_the_least_recently_set_entry(cache_of_two):
    cache_of_two.set("a", 1)
    cache_of_two.set("b", 2)
    cache_of_two.set("c", 3)
    assert cache_of_two.get("a") is None
    assert (cache_of_two.get("b"), cache_of_two.get("c")) == (2, 3)
    assert len(cache_of_two) == 2


def test_a_get_counts_as_a_use(cache_of_two):
    cache_of_two.set("a", 1)
    cache_of_two.set("b", 2)
    assert cache_of_two.get("a") == 1
    cache_of_two.set("c", 3)
    assert cache_of_two.get("b") is None
    assert (cache_of_two.get("a"), cache_of_two.get("c")) == (1, 3)


def test_setting_a_key_again_counts_as_a_use(cache_of_two):
    cache_of_two.set("a", 1)
    cache_of_two.set("b", 2)
    cache_of_two.set("a", 10)
    cache_of_two.set("c", 3)
    assert cache_of_two.get("b") is None
    assert (cache_of_two.get("a"), cache_of_two.get("c")) == (10, 3)


def test_setting_a_live_key_again_in_a_full_cache_evicts_nothing(cache_of_two):
    cache_of_two.set("a", 1)
    cache_of_two.set("b", 2)
    cache_of_two.set("b", 20)
    assert (cache_of_two.get("a"), cache_of_two.get("b")) == (1, 20)
    assert len(cache_of_two) == 2


def test_expired_entries_do_not_take_up_room(cache_of_two, clock):
    cache_of_two.set("a", 1)
    clock.advance(5)
    cache_of_two.set("b", 2)
    assert cache_of_two.get("a") == 1  # "a" is now the most recently used...
    clock.advance(5)  # ...but it has expired, while "b" lives on
    cache_of_two.set("c", 3)
    assert (cache_of_two.get("b"), cache_of_two.get("c")) == (2, 3)


def test_a_cache_of_one_keeps_the_last_entry_set(clock):
    cache = TTLCache(ttl=0.5, max_size=1, clock=clock)
    cache.set("a", 1)
    cache.set("b", 2)
    assert (cache.get("a"), cache.get("b")) == (None, 2)
    clock.advance(0.5)
    assert cache.get("b") is None


@pytest.mark.parametrize(
    ("ttl", "max_size"),
    [(0, None), (-1, None), (float("nan"), None), (TTL, 0), (TTL, -1)],
    ids=["ttl 0", "negative ttl", "ttl nan", "max_size 0", "negative max_size"],
)
def test_impossible_settings_raise_value_error(clock, ttl, max_size):
    with pytest.raises(ValueError):
        TTLCache(ttl=ttl, max_size=max_size, clock=clock)
