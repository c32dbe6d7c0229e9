"""Cheat: forgets the profile that was added first (FIFO), not the least used.

A dict keeps insertion order, so `next(iter(...))` is the oldest entry. But a
hit does not move its user to the back: a user asked for on every request is
evicted as soon as it is the oldest entry, and loaded again.
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
                del self._profiles[next(iter(self._profiles))]
            self._profiles[user_id] = self._load(user_id)
        return self._profiles[user_id]
