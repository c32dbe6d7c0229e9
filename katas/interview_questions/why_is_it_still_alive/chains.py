"""The chains of predictions.py's Part 2, and how the tests run them. Do not edit.

A chain is a list of links, from the buffer outwards: each link holds the
object the previous link made (the first one holds the buffer itself), and
build(chain) keeps nothing but the last link, in a local variable, until it
returns. A chain may be empty, and a link may appear more than once.

    "box"             Box(inner): an object with an attribute
    "closure"         a nested function that reads `inner` (a closure cell)
    "default"         a nested function with `inner` as a default argument
    "generator"       a generator paused after its first yield, `inner` a local
    "weak"            WeakRef(inner): holds only weakref.ref(inner), a weak reference
    "cycle"           Node(inner), whose `me` attribute is the node itself
    "cycle_with_del"  the same, from a class with a __del__ method
    "registry"        `inner` itself, after appending it to a module-level list

    fate(lambda: build(["closure", "box"]))   # see lifetimes.py
"""

import weakref
from collections.abc import Callable, Iterator

from .lifetimes import fate, load

__all__ = ["LINKS", "build", "fate_of_chain"]


class Box:
    def __init__(self, inner: object) -> None:
        self.inner = inner


class WeakRef:
    def __init__(self, inner: object) -> None:
        self.ref = weakref.ref(inner)


class Node:
    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.me = self


class NodeWithDel(Node):
    def __del__(self) -> None:
        pass


def _closure(inner: object) -> Callable[[], object]:
    def read() -> object:
        return inner

    return read


def _default(inner: object) -> Callable[[], object]:
    def read(value: object = inner) -> object:
        return value

    return read


def _generator(inner: object) -> Iterator[object]:
    def produce(value: object) -> Iterator[object]:
        yield None
        yield value

    paused = produce(inner)
    next(paused)
    return paused


REGISTRY: list[object] = []


def _registry(inner: object) -> object:
    REGISTRY.append(inner)
    return inner


LINKS: dict[str, Callable[[object], object]] = {
    "box": Box,
    "closure": _closure,
    "default": _default,
    "generator": _generator,
    "weak": WeakRef,
    "cycle": Node,
    "cycle_with_del": NodeWithDel,
    "registry": _registry,
}


def build(chain: list[str]) -> None:
    held: object = load()
    for link in chain:
        held = LINKS[link](held)


def fate_of_chain(chain: list[str]) -> str:
    """What really frees the buffer at the end of the chain."""
    try:
        return fate(lambda: build(chain))
    finally:
        REGISTRY.clear()
