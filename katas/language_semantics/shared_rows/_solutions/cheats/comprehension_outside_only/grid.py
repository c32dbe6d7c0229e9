"""Cheat: the textbook fix for `[[0] * w] * h`, applied as is: a new row each time, via `*`.

`[[0] * width for _ in range(height)]` is right for ints, which cannot change
in place. Here every row is its own list, but `[fill()] * width` repeats one
cell object along the row: with list or set cells, a piece put on one square
is on every square of that row.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    return [[fill()] * width for _ in range(height)]
