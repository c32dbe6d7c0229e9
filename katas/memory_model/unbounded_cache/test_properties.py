from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .database import Database
from .profiles import ProfileCache

sizes = st.integers(1, 4)
# Requests from a few users, so that the same users come back, some more than others.
requests = st.lists(st.integers(0, 6), min_size=1, max_size=20)


def replay(cache_class: type[ProfileCache], maxsize: int, requests: list[int]) -> dict:
    """Serve the requests from one cache (keeping none of the profiles); report
    which users the database loaded, and whose profiles are still in memory."""
    db = Database()
    cache = cache_class(db.load_profile, maxsize=maxsize)
    for user_id in requests:
        cache.get(user_id)
    return {"loads": db.loads, "in memory": db.alive()}


@kata_settings
@given(maxsize=sizes, requests=requests)
@example(maxsize=2, requests=[0, 1, 2, 1])  # user 1 was used after user 0
@example(maxsize=2, requests=[0, 1, 0, 2, 0])  # user 0 is the busiest
def test_the_least_recently_used_profile_is_the_one_forgotten(reference, maxsize, requests):
    got = replay(ProfileCache, maxsize, requests)
    want = replay(reference.ProfileCache, maxsize, requests)
    assert_same(got, want, maxsize=maxsize, requests=requests)
