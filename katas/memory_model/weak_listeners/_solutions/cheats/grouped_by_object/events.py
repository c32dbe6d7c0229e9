"""Blind cheat: a WeakKeyDictionary from each object to its functions: an object's methods are
called together, at its first subscription's place, so the subscription order is lost across
objects.

Differs on: a, b = Tab("a", log), Tab("b", log); subscribe(a.on_theme); subscribe(b.on_theme);
subscribe(a.on_save); publish("x"): the order should be a.on_theme, b.on_theme, a.on_save;
here it is a.on_theme, a.on_save, b.on_theme.
"""

import weakref
from collections.abc import Callable

Handler = Callable[[str], None]


class EventBus:
    def __init__(self) -> None:
        # tab -> its subscribed functions; a tab that is freed drops out by itself
        self._subscribers: weakref.WeakKeyDictionary[object, list] = weakref.WeakKeyDictionary()

    def subscribe(self, method: Handler) -> None:
        self._subscribers.setdefault(method.__self__, []).append(method.__func__)

    def publish(self, event: str) -> None:
        for owner, functions in list(self._subscribers.items()):
            for function in functions:
                function(owner, event)

    def __len__(self) -> int:
        return sum(len(functions) for functions in self._subscribers.values())
