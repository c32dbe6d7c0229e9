"""Counts the work a report does. The tests use it; do not edit it.

Two kinds of work are counted: reads (every line a CountingLines hands out)
and uses (every time a line's text is looked at: split, strip, find, `in`,
indexing, iterating over its characters...). Uses are counted on the lines
themselves, so they are counted in a copy of the list too.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

# The str methods a parser uses to look at a line's text.
LOOKS = [
    "split", "rsplit", "partition", "rpartition", "strip", "lstrip", "rstrip",
    "find", "rfind", "index", "rindex", "count", "startswith", "endswith",
    "removeprefix", "removesuffix", "replace", "splitlines", "lower", "upper",
    "casefold", "encode", "__contains__", "__getitem__", "__iter__",
]  # fmt: skip


class Line(str):
    """A line of text that counts, on its CountingLines, every time it is looked at.

    str(line) is the line itself, so a copy made with str() still counts.
    """

    counter: "CountingLines"

    def __str__(self) -> str:
        return self


def _counted(name: str) -> Callable[..., Any]:
    look = getattr(str, name)

    def counted(self: Line, *args: Any, **kwargs: Any) -> Any:
        self.counter.uses += 1
        return look(self, *args, **kwargs)

    counted.__name__ = name
    return counted


for _name in LOOKS:
    setattr(Line, _name, _counted(_name))


class CountingLines(Sequence[str]):
    """A read-only list of lines that counts every line it hands out, and every use of one.

    Iterating over it, indexing it and testing `in` on it all count as reads;
    len() does not.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = [Line(line) for line in lines]
        for line in self._lines:
            line.counter = self
        self.reads = 0
        self.uses = 0

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
        return f"CountingLines({[str(line) for line in self._lines]!r})"
