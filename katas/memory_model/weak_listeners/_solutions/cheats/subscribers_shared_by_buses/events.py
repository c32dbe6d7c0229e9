"""Blind cheat: WeakMethod refs kept in a class-level list, so every EventBus shares one
subscriber list: publishing on one bus calls the subscribers of all buses, and len() counts them
all.

Differs on: bus1, bus2 = EventBus(), EventBus(); bus1.subscribe(tab.on_theme);
bus2.publish("x") should call nothing and len(bus2) should be 0; here tab repaints and len is 1.
"""

import weakref
from collections.abc import Callable

Handler = Callable[[str], None]


class EventBus:
    _subscribers: list[weakref.WeakMethod] = []

    def subscribe(self, method: Handler) -> None:
        self._subscribers.append(weakref.WeakMethod(method))

    def _alive(self) -> list[Handler]:
        self._subscribers[:] = [ref for ref in self._subscribers if ref() is not None]
        return [ref() for ref in self._subscribers]

    def publish(self, event: str) -> None:
        for method in self._alive():
            if method is not None:
                method(event)

    def __len__(self) -> int:
        return len(self._alive())
