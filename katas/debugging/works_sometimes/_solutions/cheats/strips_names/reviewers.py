"""Cheat: tidies each name with strip() before removing duplicates, so " " and "bob " change.

Differs: unique_owners(["bob ", "bob"]) -> ["bob"] (should be ["bob ", "bob"]).
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(name.strip() for name in owners))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name != author:
            return name
    return None
