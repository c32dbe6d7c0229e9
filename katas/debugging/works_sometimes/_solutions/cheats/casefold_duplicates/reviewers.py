"""Cheat: treats names that differ only in case as one person, keeping the first spelling.

Differs: unique_owners(["Dana", "dana"]) -> ["Dana"] (should be ["Dana", "dana"]).
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in owners:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name != author:
            return name
    return None
