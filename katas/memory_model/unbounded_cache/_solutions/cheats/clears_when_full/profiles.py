"""Blind cheat: bounds memory by emptying the whole cache when it is full, instead of forgetting
only the least recently used profile.

Differs on: maxsize=2; a = get(1); get(2); get(1); get(3): get(1) is a should still be
True; here the cache was emptied before storing 3, so 1 is loaded again.
"""

from collections.abc import Callable
from typing import Any

Profile = Any  # whatever load() returns


class ProfileCache:
    def __init__(self, load: Callable[[int], Profile], maxsize: int = 128) -> None:
        self._load = load
        self.maxsize = maxsize
        self._profiles: dict[int, Profile] = {}

    def get(self, user_id: int) -> Profile:
        if user_id not in self._profiles:
            if len(self._profiles) >= self.maxsize:
                self._profiles.clear()  # full: start over
            self._profiles[user_id] = self._load(user_id)
        return self._profiles[user_id]
