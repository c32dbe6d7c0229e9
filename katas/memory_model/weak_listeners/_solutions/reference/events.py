"""Reference: weakref.WeakMethod, and the dead ones pruned whenever the bus is read.

A plain weakref.ref(tab.on_theme) would die at once: `tab.on_theme` makes a
new bound-method object on every access, and nothing else holds it.
WeakMethod refers weakly to the object and to the function, and rebuilds
the bound method while the object lives.
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
        for ref in self._live():
            method = ref()
            if method is not None:  # freed by an earlier subscriber's reaction
                method(event)

    def __len__(self) -> int:
        return len(self._live())

    def _live(self) -> list[weakref.WeakMethod[Handler]]:
        """Forget the subscribers whose object has been freed; return the others."""
        self._subscribers = [ref for ref in self._subscribers if ref() is not None]
        return self._subscribers
