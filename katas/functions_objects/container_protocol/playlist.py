"""A playlist that behaves like a read-only list of track titles.

Playlist(name, tracks=()) keeps its own copy of the tracks, in order (the
caller's list is never changed); add(track) appends one,
remove(track) removes the first one with that title (ValueError if there is
none). Like a list, it supports len(p), `track in p`, p[0], p[-1], p[1:3]
(a list), and `for track in p` as often as you like, loops inside loops
included. repr(p) shows it as Playlist(<name>, <tracks>), which eval() turns
back into an equal playlist. A name and a title are any strings; titles may
repeat.

`with p:` makes a batch of edits all or nothing: `with p as q` gives p itself,
and if the block raises anything (KeyboardInterrupt too), the tracks go back to
what they were when the block began and the very same exception carries on to
the caller. If it does not, the edits stay. Blocks can be nested: a failed
inner block undoes only its own edits, and a failed outer block undoes all of
its edits, those of the inner blocks included.

    >>> p = Playlist("road trip", ["intro", "drive"])
    >>> len(p), "drive" in p, p[-1]
    (2, True, 'drive')
    >>> [a + "/" + b for a in p for b in p]
    ['intro/intro', 'intro/drive', 'drive/intro', 'drive/drive']
    >>> p
    Playlist('road trip', ['intro', 'drive'])
    >>> with p:
    ...     p.add("outro")
    ...     p.remove("no such track")
    Traceback (most recent call last):
    ...
    ValueError: list.remove(x): x not in list
    >>> list(p)
    ['intro', 'drive']

Right now a second loop over a playlist finds no tracks, so `in` works only
once; repr() shows an address instead of the tracks; and an error inside a
`with` block is undone but then vanishes, so the caller never hears of it;
and a `with` inside a `with` overwrites the outer block's one snapshot.
Work out what each protocol method must return, and fix them.
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
        return self  # TODO: one position, shared by every loop. And `in` loops too.

    def __next__(self) -> str:
        if self._position >= len(self._tracks):
            raise StopIteration
        self._position += 1
        return self._tracks[self._position - 1]

    def __enter__(self) -> Self:
        self._saved = list(self._tracks)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if exc_type is not None:
            self._tracks = self._saved
        return True  # TODO: what does a true return value tell Python?
