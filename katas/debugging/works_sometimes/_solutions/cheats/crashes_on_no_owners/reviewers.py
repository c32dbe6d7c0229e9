"""Blind cheat: pick_reviewer unpacks the first owner, so a change with no owners raises instead of returning None.

Differs: pick_reviewer([], author="ann") raises ValueError (should return None).
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(owners))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    first, *others = unique_owners(owners)
    if first != author:
        return first
    return others[0] if others else None
