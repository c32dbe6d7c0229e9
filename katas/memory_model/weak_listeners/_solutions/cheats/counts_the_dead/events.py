"""Cheat: WeakMethod, with the dead ones pruned only while publishing.

Tabs are freed and no longer called. But until the next publish() the bus
still counts, and keeps, a dead entry for each of them: on an event that is
rarely published, dead entries pile up without end, a smaller leak.
"""

import weakref
from collections.abc import Callable

Handler = Callable[[str], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[weakref.WeakMethod[Handler]] = []

    def subscribe(self, method: Handler) -> None:
        self._subscribers.append(weakref.WeakMethod(method))

    def publish(self, event: str) -> None:
        alive = []
        for ref in self._subscribers:
            method = ref()
            if method is not None:
                method(event)
                alive.append(ref)
        self._subscribers = alive

    def __len__(self) -> int:
        return len(self._subscribers)
