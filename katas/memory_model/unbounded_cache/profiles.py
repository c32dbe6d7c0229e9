"""A cache of user profiles in front of a slow database.

The incident: every API worker's memory grows by about 40 MB an hour, until
the kernel's OOM killer restarts it. A heap snapshot shows millions of
Profile objects, for users who made one request days ago. Nothing crashes;
the cache below simply keeps every profile it has ever loaded.

ProfileCache(load, maxsize) answers get(user_id) with load(user_id), calling
load() only when the profile is not cached. It holds at most `maxsize`
profiles: when it is full, it forgets the least recently used one (the one
whose latest get() is oldest) to make room. A forgotten profile is loaded
again the next time someone asks for it.

get() returns the very object load() returned, whatever it is (None, 0 or ""
are profiles like any other, and are cached too). If load() raises, the error
propagates unchanged, and nothing is cached or forgotten. User ids are any
ints; maxsize is an int >= 0 (0 caches nothing). Each ProfileCache is
independent of every other.

    >>> cache = ProfileCache(load_profile, maxsize=2)
    >>> a, b = cache.get(1), cache.get(2)  # two loads
    >>> cache.get(1) is a                   # cached: no load
    True
    >>> c = cache.get(3)                    # full: forgets 2, used least recently
    >>> cache.get(1) is a, cache.get(2) is b
    (True, False)

Reproduce the growth first (the examples count the profiles still alive
after many distinct users), then make the cache keep at most `maxsize`.
"""

from collections.abc import Callable
from typing import Any

Profile = Any  # whatever load() returns


class ProfileCache:
    def __init__(self, load: Callable[[int], Profile], maxsize: int = 128) -> None:
        self._load = load
        self.maxsize = maxsize
        self._profiles: dict[int, Profile] = {}  # TODO: every user ever seen, kept forever

    def get(self, user_id: int) -> Profile:
        if user_id not in self._profiles:
            self._profiles[user_id] = self._load(user_id)
        return self._profiles[user_id]
