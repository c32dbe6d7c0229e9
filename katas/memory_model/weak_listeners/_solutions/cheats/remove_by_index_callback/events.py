"""Blind cheat: each WeakMethod's callback removes its entry by the index it had when it
subscribed; once an earlier entry is gone the indexes shift, so a later death removes a live
subscriber (or fails and leaves the dead one counted).

Differs on: a, b, c subscribe in order; del a; del b: c should still be called and
len(bus) == 1; here b's callback pops index 1, which is now c: c is no longer called,
b's dead entry stays, and len(bus) is 1 only by accident (a dead entry).
"""

import weakref
from collections.abc import Callable

Handler = Callable[[str], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[weakref.WeakMethod] = []

    def subscribe(self, method: Handler) -> None:
        index = len(self._subscribers)
        self._subscribers.append(
            weakref.WeakMethod(method, lambda _ref: self._subscribers.pop(index))
        )

    def publish(self, event: str) -> None:
        for ref in list(self._subscribers):
            method = ref()
            if method is not None:
                method(event)

    def __len__(self) -> int:
        return len(self._subscribers)
