import gc
import weakref

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .fakes import Event, FakeClock
from .history import SessionHistory

# Session ids: any str, "" and non-ASCII included, a few so that they repeat.
sessions = st.sampled_from(["s1", "s2", "", "é", "S1", "s1 "])
# Times in halves of a second: exact in a float, whichever way a solution subtracts.
seconds = st.integers(0, 8).map(lambda halves: halves / 2)
FALSY = {"None": None, "zero": 0, "empty": ""}

step = st.one_of(
    st.tuples(st.just("advance"), st.integers(0, 1), seconds),
    st.tuples(st.just("record"), st.integers(0, 1), sessions, st.sampled_from(["event", "twice"])),
    st.tuples(st.just("record"), st.integers(0, 1), sessions, st.sampled_from(list(FALSY))),
    st.tuples(st.just("recent"), st.integers(0, 1), sessions),
    st.tuples(st.just("len"), st.integers(0, 1)),
)
configs = st.tuples(
    st.sampled_from([0, 1_700_000_000, -3_600]),  # the clock's first reading
    st.integers(1, 20).map(lambda halves: halves / 2),  # idle_timeout
    st.integers(1, 5),  # max_events
)


def replay(history_class, configs, steps, expected=None):
    """Run the steps on two histories, each with its own clock; after every step,
    report what it returned and which events are still in memory. Keeps no event.
    Given the expected report, stop at the first step that differs from it."""
    clocks = [FakeClock(start) for start, _, _ in configs]
    histories = [
        history_class(clock, idle_timeout=timeout, max_events=size)
        for clock, (_, timeout, size) in zip(clocks, configs, strict=True)
    ]
    made: list[weakref.ref[Event]] = []
    trace = []
    for n, (action, which, *args) in enumerate(steps):
        history = histories[which]
        if action == "advance":
            clocks[which].advance(args[0])
            said = None
        elif action == "record":
            session_id, kind = args
            if kind in FALSY:
                history.record(session_id, FALSY[kind])
            else:
                event = Event(f"{which}:{n}")
                made.append(weakref.ref(event))
                history.record(session_id, event)
                if kind == "twice":
                    history.record(session_id, event)
                del event
            said = None
        elif action == "recent":
            got = history.recent(args[0])
            said = [x.label if isinstance(x, Event) else x for x in got]
            got.append("the caller's own item")  # a new list: the history must not see it
            del got
        else:
            said = len(history)
        entry = (n, action, said, alive(made))
        if expected is not None and entry != expected[n]:
            # Reference counting alone frees the reference's events. A solution whose
            # own structure has cycles may need the cyclic collector: run it, then judge.
            gc.collect()
            entry = (n, action, said, alive(made))
            if entry != expected[n]:
                trace.append(entry)
                break
        trace.append(entry)
    return trace


def alive(made: list[weakref.ref[Event]]) -> list[str]:
    return [event.label for ref in made if (event := ref()) is not None]


@kata_settings
@given(configs=st.lists(configs, min_size=2, max_size=2), steps=st.lists(step, max_size=40))
@example(  # an old chat still going, a newer one idle: the newer one goes first
    configs=[(0, 3.0, 5), (0, 3.0, 5)],
    steps=[
        ("record", 0, "s1", "event"),
        ("advance", 0, 1.0),
        ("record", 0, "s2", "event"),
        ("advance", 0, 1.0),
        ("record", 0, "s1", "event"),
        ("advance", 0, 2.0),
        ("recent", 0, "s2"),
        ("len", 0),
    ],
)
@example(  # a session nobody reads must stay bounded too
    configs=[(0, 5.0, 1), (0, 5.0, 1)],
    steps=[("record", 0, "s1", "event"), ("record", 0, "s1", "event")],
)
@example(  # expiry frees a session's events even when nothing is recorded afterwards
    configs=[(0, 1.0, 5), (0, 1.0, 5)],
    steps=[("record", 0, "s1", "event"), ("advance", 0, 1.0), ("recent", 0, "s1")],
)
@example(  # len() counts, and frees, only what is still active
    configs=[(0, 1.0, 5), (0, 1.0, 5)],
    steps=[("record", 0, "s1", "event"), ("advance", 0, 1.0), ("len", 0)],
)
@example(  # len() and a look at another session forget the idle ones too
    configs=[(0, 1.0, 5), (0, 1.0, 5)],
    steps=[
        ("record", 0, "s1", "event"),
        ("advance", 0, 1.0),
        ("recent", 0, "s2"),
        ("len", 0),
    ],
)
def test_the_history_behaves_and_frees_memory_like_the_reference(reference, configs, steps):
    expected = replay(reference.SessionHistory, configs, steps)
    actual = replay(SessionHistory, configs, steps, expected)
    assert_same(
        actual,
        expected[: len(actual)],
        configs=configs,
        steps=steps,
    )
