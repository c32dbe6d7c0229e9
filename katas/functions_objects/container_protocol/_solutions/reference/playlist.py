"""Reference: every protocol method delegates to the list or says what it must.

__iter__ returns a new iterator on each call, so loops never share a position;
__contains__ asks the list; __repr__ uses !r so any name round-trips through
eval(); __exit__ restores the snapshot on an error and returns None (false),
so the error carries on. Snapshots are a stack, one per open `with` block, so
blocks can be nested: each failed block restores the tracks it began with.
"""

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Self


class Playlist:
    def __init__(self, name: str, tracks: Iterable[str] = ()) -> None:
        self.name = name
        self._tracks = list(tracks)
        self._saved: list[list[str]] = []  # one snapshot per open `with` block

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
        self._saved.append(list(self._tracks))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        saved = self._saved.pop()
        if exc_type is not None:
            self._tracks = saved
        # Returning None (false) lets the exception propagate.
