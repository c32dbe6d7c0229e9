"""Cheat: every line that touches `hits` holds the lock, each line on its own.

take() reads under the lock, lets go, then takes the lock again to reset:
between the two, a request thread gets the lock and counts a hit that the
reset then wipes out. Each step is atomic; the pair is not.
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
        with self._lock:
            taken = self.hits
        with self._lock:
            self.hits = 0
        return taken
