"""Reference: an OrderedDict kept in order of use; the least recent goes first.

A hit moves its user to the end; a miss adds at the end and, once over
maxsize, drops from the front. `functools.lru_cache(maxsize)(load)` in
__init__ does the same.
"""

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

Profile = Any  # whatever load() returns


class ProfileCache:
    def __init__(self, load: Callable[[int], Profile], maxsize: int = 128) -> None:
        self._load = load
        self.maxsize = maxsize
        self._profiles: OrderedDict[int, Profile] = OrderedDict()

    def get(self, user_id: int) -> Profile:
        if user_id in self._profiles:
            self._profiles.move_to_end(user_id)
            return self._profiles[user_id]
        profile = self._profiles[user_id] = self._load(user_id)
        if len(self._profiles) > self.maxsize:
            self._profiles.popitem(last=False)
        return profile
