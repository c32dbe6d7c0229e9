"""Reference: nested comprehensions build a new row, and call fill() anew, for every cell."""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    return [[fill() for _ in range(width)] for _ in range(height)]
