"""Blind cheat: answers `in` from a set built once in __init__ ("O(1) lookups"), which add(),
remove() and a rollback never update.

Differs on: p = Playlist("x", ["a"]); p.add("b"); "b" in p -> correct True, this returns False
(and after p.remove("a"), "a" in p stays True).
"""

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Self


class Playlist:
    def __init__(self, name: str, tracks: Iterable[str] = ()) -> None:
        self.name = name
        self._tracks = list(tracks)
        self._saved: list[str] = []
        self._index = set(self._tracks)  # fast membership tests

    def add(self, track: str) -> None:
        self._tracks.append(track)

    def remove(self, track: str) -> None:
        self._tracks.remove(track)  # ValueError if there is no such track

    def __len__(self) -> int:
        return len(self._tracks)

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._tracks[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tracks)

    def __contains__(self, track: object) -> bool:
        return track in self._index

    def __repr__(self) -> str:
        return f"Playlist({self.name!r}, {self._tracks!r})"

    def __enter__(self) -> Self:
        self._saved = list(self._tracks)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._tracks = self._saved
