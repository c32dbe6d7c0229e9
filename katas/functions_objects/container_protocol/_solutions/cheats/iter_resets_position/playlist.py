"""Blind cheat: keeps the playlist as its own iterator and just rewinds the position in __iter__,
so loops one after another work but nested loops share one position.

Differs on: p = Playlist("x", ["a", "b"]); [s + t for s in p for t in p] -> correct
['aa', 'ab', 'ba', 'bb'], this returns ['aa', 'ab'].
"""

from collections.abc import Iterable
from types import TracebackType
from typing import Self


class Playlist:
    def __init__(self, name: str, tracks: Iterable[str] = ()) -> None:
        self.name = name
        self._tracks = list(tracks)
        self._position = 0  # how far the loop over the playlist has got
        self._saved: list[str] = []

    def add(self, track: str) -> None:
        self._tracks.append(track)

    def remove(self, track: str) -> None:
        self._tracks.remove(track)  # ValueError if there is no such track

    def __len__(self) -> int:
        return len(self._tracks)

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._tracks[index]

    def __iter__(self) -> Self:
        self._position = 0  # every new loop starts from the top
        return self

    def __next__(self) -> str:
        if self._position >= len(self._tracks):
            raise StopIteration
        self._position += 1
        return self._tracks[self._position - 1]

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
