import itertools

from .hits import HitCounter
from .race import interleaved


def test_hits_are_counted_then_taken():
    counter = HitCounter()
    for _ in range(3):
        counter.hit()
    assert counter.take() == 3
    assert counter.take() == 0


def hit(counter: HitCounter, times: int) -> None:
    for _ in range(times):
        counter.hit()


def test_hits_from_four_threads_at_once_are_all_counted():
    # A thread switch at every step (race.py): after each read, before each write.
    counter = interleaved(
        HitCounter, itertools.repeat(True), lambda counter: [lambda: hit(counter, 50)] * 4
    )
    taken = counter.take()
    assert taken == 200, (
        f"4 threads made 200 hits but only {taken} were counted: a thread wrote back "
        "a stale total over the hits of the others"
    )
