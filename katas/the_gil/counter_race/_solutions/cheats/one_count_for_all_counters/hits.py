"""Blind cheat: keeps the lock and the running total on the class, "shared by all the threads", so
every HitCounter shares one count: a hit on one counter is taken from another.

Differs: a, b = HitCounter(), HitCounter(); a.hit(); b.take() returns 1 (should be 0), and then
a.take() returns 0 (should be 1).
"""

import threading


class HitCounter:
    _lock = threading.Lock()  # one lock, shared by every request thread
    _total = 0

    def __init__(self) -> None:
        pass

    @property
    def hits(self) -> int:
        return HitCounter._total

    def hit(self) -> None:
        with HitCounter._lock:
            HitCounter._total += 1

    def take(self) -> int:
        with HitCounter._lock:
            taken = HitCounter._total
            HitCounter._total = 0
        return taken
