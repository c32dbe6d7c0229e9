"""An application-wide event bus that does not keep its subscribers alive.

bus.subscribe(tab.on_theme) subscribes a bound method (a method of one
object); bus.publish(event) calls every subscribed method with the event, in
the order they subscribed; len(bus) is the number of subscribed methods
whose object is still alive. An object may subscribe several of its methods,
and the same method more than once (it is then called, and counted, once per
subscription). Each bus has its own subscribers.

A subscriber is dead from the moment its object is freed. From then on
publish() never calls it and len(bus) never counts it, even if nothing has
been published since, and even when the object is freed during a publish()
by an earlier subscriber's reaction. (Drop the dead entries too, when the
bus is next used or from a weakref callback: a bus that only skips them still
grows.)

The bus lives as long as the application; tabs come and go. Subscribing must
not keep a tab alive: once the last reference to a tab is gone (the user
closed it), it is freed, the bus calls none of its methods and no longer
counts them:

    >>> bus, log = EventBus(), []
    >>> tab = Tab("notes.txt", log)  # Tab: tabs.py
    >>> bus.subscribe(tab.on_theme)
    >>> bus.publish("dark mode")
    >>> del tab  # the user closes the tab
    >>> bus.publish("light mode")
    >>> log, len(bus)
    (['notes.txt repaints for dark mode'], 0)

Right now the bus keeps every method it was given, and a bound method keeps
its object (method.__self__): every tab ever opened stays in memory and
goes on repainting itself, unseen, on every event.
"""

from collections.abc import Callable

Handler = Callable[[str], None]


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Handler] = []

    def subscribe(self, method: Handler) -> None:
        self._subscribers.append(method)  # TODO: the bus now keeps method.__self__ alive

    def publish(self, event: str) -> None:
        for method in self._subscribers:
            method(event)

    def __len__(self) -> int:
        return len(self._subscribers)
