"""Blind cheat: relies on the GIL making list.append atomic; hit() appends, take() counts with len()
and then clear()s, so hits appended between the len() and the clear() are lost.

Differs: 4 threads hitting while take() runs in a loop: the takes add up to fewer than the hits.
"""


class HitCounter:
    def __init__(self) -> None:
        self._pending: list[int] = []  # list.append is atomic under the GIL

    @property
    def hits(self) -> int:
        return len(self._pending)

    def hit(self) -> None:
        self._pending.append(1)

    def take(self) -> int:
        taken = len(self._pending)
        self._pending.clear()
        return taken
