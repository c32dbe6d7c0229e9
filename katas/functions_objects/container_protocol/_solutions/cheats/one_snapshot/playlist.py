"""Cheat: one snapshot, overwritten by every `with p:`, so nested blocks share it.

A failed inner block restores correctly, but it has replaced the outer block's
snapshot: when the outer block then fails, its tracks go back to where the inner
block began, keeping the outer block's first edits.
"""

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Self


class Playlist:
    def __init__(self, name: str, tracks: Iterable[str] = ()) -> None:
        self.name = name
        self._tracks = list(tracks)
        self._saved: list[str] = []

    def add(self, track: str) -> None:
        self._tracks.append(track)

    def remove(self, track: str) -> None:
        self._tracks.remove(track)  # ValueError if there is no such track

    def __len__(self) -> int:
        return len(self._tracks)

    def __contains__(self, track: object) -> bool:
        return track in self._tracks

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._tracks[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tracks)

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
