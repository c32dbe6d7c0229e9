"""A slow database, for the tests. Read it, do not edit it: the tests use it."""

import weakref


class Profile:
    """One user's profile: kilobytes of settings and history, in production."""

    def __init__(self, user_id: int) -> None:
        self.user_id = user_id

    def __repr__(self) -> str:
        return f"Profile({self.user_id})"


class Database:
    """Loads profiles, and counts what it loaded and what is still in memory."""

    def __init__(self) -> None:
        self.loads: list[int] = []  # the user id of every load, in order
        self._loaded: list[weakref.ref[Profile]] = []

    def load_profile(self, user_id: int) -> Profile:
        self.loads.append(user_id)
        profile = Profile(user_id)
        self._loaded.append(weakref.ref(profile))
        return profile

    def alive(self) -> list[int]:
        """The user ids of the loaded profiles still in memory, sorted."""
        return sorted(profile.user_id for ref in self._loaded if (profile := ref()) is not None)
