"""Blind cheat: calls fill() once and shallow-copies that value into every cell.

Differs: g = make_grid(2, 1, lambda: [[]]); g[0][0][0].append(1) -> g[0][1] == [[1]] too; a
counting fill() is called once, not width*height times.
"""

import copy
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    value = fill()
    return [[copy.copy(value) for _ in range(width)] for _ in range(height)]
