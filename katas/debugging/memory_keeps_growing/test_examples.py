from .fakes import FakeClock, Tracker
from .history import SessionHistory


def test_memory_stays_flat_however_many_sessions_come_and_go():
    # The incident, reproduced: count the events still in memory, not megabytes.
    clock, tracker = FakeClock(), Tracker()
    history = SessionHistory(clock, idle_timeout=900, max_events=50)
    for n in range(1_000):  # a new chat every minute, one message each
        clock.advance(60)
        history.record(f"session {n}", tracker.event(f"hello from {n}"))
    alive = len(tracker.alive())
    assert alive <= 15, f"{alive} events still in memory after 1000 chats of 1 message"
    assert len(history) == 15


def test_a_long_session_keeps_only_its_latest_events():
    clock, tracker = FakeClock(), Tracker()
    history = SessionHistory(clock, idle_timeout=900, max_events=50)
    for n in range(500):
        history.record("chatty", tracker.event(f"message {n}"))
    assert [event.label for event in history.recent("chatty")] == [
        f"message {n}" for n in range(450, 500)
    ]
    alive = len(tracker.alive())
    assert alive == 50, f"{alive} events still in memory, with max_events=50"


def test_an_idle_session_is_forgotten():
    clock = FakeClock()
    history = SessionHistory(clock, idle_timeout=900, max_events=50)
    history.record("s1", "hi")
    clock.advance(899)
    assert history.recent("s1") == ["hi"]
    clock.advance(1)
    assert history.recent("s1") == []
    assert len(history) == 0


def test_activity_keeps_a_session_but_looking_does_not():
    clock = FakeClock()
    history = SessionHistory(clock, idle_timeout=900, max_events=50)
    history.record("s1", "hi")
    clock.advance(600)
    history.record("s1", "anyone there?")
    clock.advance(600)
    assert history.recent("s1") == ["hi", "anyone there?"]
    clock.advance(300)
    assert history.recent("s1") == []


def test_a_returning_session_starts_afresh():
    clock = FakeClock()
    history = SessionHistory(clock, idle_timeout=900, max_events=50)
    history.record("s1", "hi")
    clock.advance(1_000)
    history.record("s1", "back again")
    assert history.recent("s1") == ["back again"]
    assert len(history) == 1
