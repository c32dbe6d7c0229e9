"""Reference: one lock guards every read-modify-write of `hits`.

take() reads and resets under a single acquisition: a hit can land before it
or after it, never between the read and the reset.
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
            self.hits = 0
        return taken
