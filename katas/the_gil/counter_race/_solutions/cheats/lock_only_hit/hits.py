"""Cheat: the lock guards hit(), and take() was left as it was.

Hits no longer overwrite each other, so the examples pass. But take() reads
`hits`, then resets it without the lock: a hit counted between the read and
the reset is wiped out, and a hit that read `hits` before the reset writes the
old total back, so those hits are taken twice.
"""

import threading


class HitCounter:
    def __init__(self) -> None:
        self.hits = 0
        self._lock = threading.Lock()

    def hit(self) -> None:
        with self._lock:
            self.hits += 1

    def take(self) -> int:
        taken = self.hits
        self.hits = 0
        return taken
