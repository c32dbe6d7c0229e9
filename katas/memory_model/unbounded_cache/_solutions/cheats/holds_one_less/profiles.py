"""Blind cheat: LRU with an off-by-one: it evicts once len() reaches maxsize after inserting, so
it holds at most maxsize - 1 profiles (maxsize=1 caches nothing).

Differs on: maxsize=2; a = get(1); get(2); get(1) is a should be True (both fit);
here 1 was already evicted, so get(1) loads again and returns a new profile.
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
        profile = self._load(user_id)
        self._profiles[user_id] = profile
        if len(self._profiles) >= self.maxsize:
            self._profiles.popitem(last=False)
        return profile
