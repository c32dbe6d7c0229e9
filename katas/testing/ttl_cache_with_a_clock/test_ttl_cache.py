"""Your tests for ttl_cache.TTLCache: the kata is solved when they pass on every correct
implementation of ttl_cache.py and fail on each of its planted bugs.

TODO: the cache reads the time from the clock you give it, so a test never sleeps:
it moves a fake clock. The example below builds its own clock and its own cache, and
every test you add would repeat those lines. Write them once, as fixtures: a `clock`
fixture (a fake clock that a test moves on by as many seconds as it likes), a `cache`
fixture that asks for `clock` and builds a TTLCache on it, and one more for a cache
with a max_size. Then write one small test per promise in ttl_cache.py's docstring:
the exact moment an entry expires, what set and get do to the ttl, len(), which
entry a full cache evicts, the ValueErrors. Test what the cache returns, never how
it stores its entries.
"""

from .ttl_cache import TTLCache


def test_an_entry_is_there_before_its_ttl_is_up():
    now = [1000.0]
    cache = TTLCache(ttl=10, clock=lambda: now[0])
    cache.set("user:1", "Ada")
    now[0] += 5
    assert cache.get("user:1") == "Ada"
