"""Cheat: drops "" while removing duplicates, although "" is a name like any other.

Differs: unique_owners(["", "ann"]) -> ["ann"] (should be ["", "ann"]).
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name for name in owners if name))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name != author:
            return name
    return None
