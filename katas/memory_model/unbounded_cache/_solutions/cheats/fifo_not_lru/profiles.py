"""Blind cheat: bounded, but evicts the oldest *insertion* (FIFO): a hit does not count as a use.

Differs on: maxsize=2; get(1), get(2), get(1), get(3): a correct LRU forgets 2 and keeps 1;
this forgets 1, so get(1) is a is False (1 is loaded again).
"""

from collections.abc import Callable
from typing import Any

Profile = Any  # whatever load() returns


class ProfileCache:
    def __init__(self, load: Callable[[int], Profile], maxsize: int = 128) -> None:
        self._load = load
        self.maxsize = maxsize
        self._profiles: dict[int, Profile] = {}  # dicts keep insertion order

    def get(self, user_id: int) -> Profile:
        if user_id not in self._profiles:
            if len(self._profiles) >= self.maxsize:
                oldest = next(iter(self._profiles))
                del self._profiles[oldest]
            self._profiles[user_id] = self._load(user_id)
        return self._profiles[user_id]
