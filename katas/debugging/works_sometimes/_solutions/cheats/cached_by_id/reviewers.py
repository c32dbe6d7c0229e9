"""Blind cheat: memoises the result by id(owners), so a list changed (or a new object at a reused id) gets a stale answer.

Differs: team = ["a"]; unique_owners(team); team.append("b"); unique_owners(team) -> ["a"] (should be ["a", "b"]).
"""

from collections.abc import Iterable

_seen_lists: dict[int, list[str]] = {}


def unique_owners(owners: Iterable[str]) -> list[str]:
    key = id(owners)
    if key not in _seen_lists:
        _seen_lists[key] = list(dict.fromkeys(owners))
    return list(_seen_lists[key])


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name != author:
            return name
    return None
