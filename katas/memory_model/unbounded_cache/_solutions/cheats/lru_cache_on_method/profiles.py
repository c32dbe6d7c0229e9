"""Blind cheat: @functools.lru_cache(maxsize=128) on the method: the bound is 128 whatever
`maxsize` says, shared by every instance (keyed by self, which it keeps alive).

Differs on: cache = ProfileCache(load, maxsize=2); a, b = get(1), get(2); get(1); get(3):
get(2) is b should be False (2 forgotten); here it is True, and 3 profiles are held.
"""

import functools
from collections.abc import Callable
from typing import Any

Profile = Any  # whatever load() returns


class ProfileCache:
    def __init__(self, load: Callable[[int], Profile], maxsize: int = 128) -> None:
        self._load = load
        self.maxsize = maxsize

    @functools.lru_cache(maxsize=128)  # noqa: B019
    def get(self, user_id: int) -> Profile:
        return self._load(user_id)
