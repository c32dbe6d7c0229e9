from .hits import HitCounter
from .race import hammer, widen_the_race


def test_hits_are_counted_then_taken():
    counter = HitCounter()
    for _ in range(3):
        counter.hit()
    assert counter.take() == 3
    assert counter.take() == 0


def test_hits_from_four_threads_at_once_are_all_counted():
    counter = widen_the_race(HitCounter)()
    taken = hammer(counter, threads=4, hits_each=200)
    assert taken == 800, (
        f"4 threads made 800 hits but only {taken} were counted: a thread wrote back "
        "a stale total over the hits of the others"
    )
