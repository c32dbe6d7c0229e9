from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .hits import HitCounter
from .race import interleaved


def replay(counter_class: type[HitCounter], hitters: list[int], takes: int, switches) -> dict:
    """Threads hit (hitters[n] times each) while one more thread calls take() `takes`
    times, switching where `switches` says (race.py); then one last take()."""
    taken: list[int] = []

    def scripts(counter: HitCounter) -> list:
        def hit(times: int) -> None:
            for _ in range(times):
                counter.hit()

        def take() -> None:
            for _ in range(takes):
                taken.append(counter.take())

        return [*(lambda times=times: hit(times) for times in hitters), take]

    counter = interleaved(counter_class, switches, scripts)
    return {"hits taken in all": sum(taken) + counter.take(), "hits left": counter.hits}


# Every interleaving is a schedule: the same one on every run, so a race found is a race
# shown, and a correct counter passes them all.
@kata_settings
@given(
    hitters=st.lists(st.integers(1, 3), min_size=1, max_size=3),
    takes=st.integers(0, 3),
    switches=st.lists(st.booleans(), max_size=60),
)
@example(hitters=[1], takes=1, switches=[False, True, False, False, True, True])
@example(hitters=[2], takes=1, switches=[False, False, False, False, False, False, True])
@example(hitters=[1], takes=1, switches=[False, False, True, True, False, True])
@example(hitters=[1], takes=1, switches=[False, False, False, True, True, False, True])
def test_every_hit_is_taken_exactly_once_however_the_threads_interleave(
    reference, hitters, takes, switches
):
    got = replay(HitCounter, hitters, takes, switches)
    want = replay(reference.HitCounter, hitters, takes, switches)
    assert_same(got, want, hitters=hitters, takes=takes, switches=switches)


#: One thread's calls on three counters: hit(), take(), or a look at .hits.
calls = st.lists(st.tuples(st.sampled_from(["hit", "take", "hits"]), st.integers(0, 2)))


def use(counter_class: type[HitCounter], calls: list[tuple[str, int]]) -> list[object]:
    counters = [counter_class() for _ in range(3)]
    seen: list[object] = []
    for call, which in calls:
        counter = counters[which]
        if call == "hit":
            seen.append(counter.hit())
        elif call == "take":
            seen.append(counter.take())
        else:
            seen.append(counter.hits)
    return seen


@kata_settings
@given(calls=calls)
@example(calls=[("hit", 0), ("take", 1), ("take", 0)])  # each counter counts its own hits
@example(calls=[("hit", 0), ("hit", 0), ("hits", 0), ("take", 0), ("hits", 0)])
def test_each_counter_counts_its_own_hits(reference, calls):
    assert_same(use(HitCounter, calls), use(reference.HitCounter, calls), calls=calls)
