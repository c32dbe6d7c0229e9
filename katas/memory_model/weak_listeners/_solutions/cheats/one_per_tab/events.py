"""Cheat: a WeakKeyDictionary from each object to its method's function.

Weak keys do free the tabs. But a dict has one value per key: a tab that
subscribes two of its methods keeps only the second, and never hears about
the first.
"""

import weakref
from collections.abc import Callable
from typing import Any

Handler = Callable[[str], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: weakref.WeakKeyDictionary[Any, Callable[..., None]] = (
            weakref.WeakKeyDictionary()
        )

    def subscribe(self, method: Handler) -> None:
        self._subscribers[method.__self__] = method.__func__  # type: ignore[attr-defined]

    def publish(self, event: str) -> None:
        for owner, function in list(self._subscribers.items()):
            function(owner, event)

    def __len__(self) -> int:
        return len(self._subscribers)
