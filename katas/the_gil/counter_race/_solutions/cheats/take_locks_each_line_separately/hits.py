"""Blind cheat: take() holds the lock for its read and again for its reset, but releases it in
between, so a hit() that lands between the two is reset away and lost.

Differs: hits from 4 threads while another thread calls take() in a loop: the takes add up to
fewer hits than were made.
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
