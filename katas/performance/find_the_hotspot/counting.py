"""Counts the work a report does. The tests use it; do not edit it."""

from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class CountingLines(Sequence[str]):
    """A read-only list of lines that counts every line it hands out.

    Iterating over it, indexing it and testing `in` on it all count; len() does not.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = list(lines)
        self.reads = 0

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        found = self._lines[index]
        self.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.reads += 1
            yield line

    def __repr__(self) -> str:
        return f"CountingLines({self._lines!r})"
