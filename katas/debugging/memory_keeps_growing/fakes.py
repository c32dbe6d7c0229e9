"""A clock and traceable events, for the tests. Read it, do not edit it: the tests use it."""

import gc
import weakref


class FakeClock:
    """A clock the test moves by hand: clock() is the time now, in seconds."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Event:
    """One chat event (a message, a typing notice...): in production, kilobytes."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __repr__(self) -> str:
        return f"Event({self.label!r})"


class Tracker:
    """Makes events and tells which of them are still in memory, without keeping any."""

    def __init__(self) -> None:
        self._made: list[weakref.ref[Event]] = []

    def event(self, label: str) -> Event:
        event = Event(label)
        self._made.append(weakref.ref(event))
        return event

    def alive(self) -> list[str]:
        """The labels of the events still in memory, in the order they were made."""
        gc.collect()
        return [event.label for ref in self._made if (event := ref()) is not None]
