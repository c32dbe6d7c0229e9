"""Alternative: a generator that remembers the names it has seen in a set, used for membership only.

pick_reviewer takes the first candidate with next() and a default.
"""

from collections.abc import Iterable, Iterator


def _first_appearances(owners: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for name in owners:
        if name not in seen:
            seen.add(name)
            yield name


def unique_owners(owners: Iterable[str]) -> list[str]:
    return list(_first_appearances(owners))


def pick_reviewer(owners: Iterable[str], author: str) -> str | None:
    return next((name for name in _first_appearances(owners) if name != author), None)
