"""A hit counter shared by all the request threads of a web server.

Every request thread calls hit(). Once a minute the metrics thread calls
take(): it returns the hits counted since the last take() and starts again
from zero. Every hit must be taken exactly once, however the threads
interleave, even while take() runs:

    >>> counter = HitCounter()
    >>> counter.hit()
    >>> counter.hit()
    >>> counter.take(), counter.take()
    (2, 0)

Right now the dashboard shows fewer hits than the load balancer counted: some
minutes, not others. This code works sometimes. `self.hits += 1` is three
steps (read hits, add one, write the sum back) and the GIL does not make them
one: a thread can be switched out between its read and its write, and then it
writes back a stale sum over another thread's hit.

Reproduce it first: the examples hit the counter from four threads, and
race.py runs them in turns, switching threads at every step, so the race
shows up on every run. Then find every place where two threads can step on
each other, and protect it with a threading.Lock. Keep the interface: hit(),
take() and the `hits` attribute (the hits counted and not yet taken). Each
HitCounter counts its own hits.
"""


class HitCounter:
    def __init__(self) -> None:
        self.hits = 0

    def hit(self) -> None:
        self.hits += 1  # TODO: read, add, write back: what if another thread runs in between?

    def take(self) -> int:
        taken = self.hits
        self.hits = 0
        return taken
