"""Blind cheat: locks hit() but not take(), so a hit counted between take()'s read and its reset is
wiped out by `self.hits = 0` and never taken.

Differs: hits from 4 threads while the metrics thread calls take() repeatedly: the sum of all
take() results is less than the number of hits.
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
