"""Alternative: Zeller's ddmin, as a small class. Split the input into chunks; keep a
chunk alone if it fails, else drop a chunk whose complement fails, else split finer.
At single-element granularity a round without progress proves 1-minimality.
"""

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class DeltaDebugger(Generic[T]):
    def __init__(self, fails: Callable[[list[T]], bool]) -> None:
        self.fails = fails

    @staticmethod
    def chunks(items: list[T], parts: int) -> list[list[T]]:
        size, extra = divmod(len(items), parts)
        bounds, start = [], 0
        for k in range(parts):
            end = start + size + (1 if k < extra else 0)
            bounds.append(items[start:end])
            start = end
        return bounds

    def shrink(self, items: list[T]) -> list[T]:
        current, parts = list(items), 2
        if current and self.fails([]):
            return []
        while current:
            if len(current) == 1:
                return current
            parts = min(parts, len(current))
            pieces = self.chunks(current, parts)
            for piece in pieces:
                if self.fails(piece):
                    current, parts = piece, 2
                    break
            else:
                for k in range(len(pieces)):
                    complement = [x for j, p in enumerate(pieces) if j != k for x in p]
                    if self.fails(complement):
                        current, parts = complement, max(parts - 1, 2)
                        break
                else:
                    if parts == len(current):
                        return current
                    parts = min(2 * parts, len(current))
        return current


def minimise(items: list[T], fails: Callable[[list[T]], bool]) -> list[T]:
    if not fails(list(items)):
        raise ValueError("the input does not fail: nothing to reproduce")
    return DeltaDebugger(fails).shrink(items)
