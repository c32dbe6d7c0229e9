"""Cheat: compares the author case-insensitively, so "Bob" may not review bob's change.

Differs: pick_reviewer(["Bob", "bob"], author="bob") -> None (should be "Bob").
"""

from collections.abc import Iterable


def unique_owners(owners: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(owners))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    for name in unique_owners(owners):
        if name.casefold() != author.casefold():
            return name
    return None
