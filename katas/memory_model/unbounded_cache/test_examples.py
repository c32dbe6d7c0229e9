from .database import Database
from .profiles import ProfileCache


def test_a_profile_is_loaded_once_then_served_from_the_cache():
    db = Database()
    cache = ProfileCache(db.load_profile, maxsize=10)
    first = cache.get(7)
    assert cache.get(7) is first
    assert db.loads == [7]


def test_memory_stays_flat_however_many_users_come_by():
    # The incident, reproduced: count the profiles still in memory, not megabytes.
    db = Database()
    cache = ProfileCache(db.load_profile, maxsize=128)
    for user_id in range(1_000):
        cache.get(user_id)
    alive = len(db.alive())
    assert alive <= 128, f"{alive} profiles still in memory after 1000 users, with maxsize=128"


def test_the_latest_user_is_still_cached():
    db = Database()
    cache = ProfileCache(db.load_profile, maxsize=3)
    for user_id in range(10):
        cache.get(user_id)
    cache.get(9)
    assert db.loads == list(range(10))
