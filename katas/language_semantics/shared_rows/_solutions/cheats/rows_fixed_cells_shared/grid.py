"""Blind cheat: new list per row, but `[fill()] * width` still repeats one cell object inside each
row.

Differs: board = make_grid(2, 2, list); board[0][1].append("king") -> board[0][0] == ["king"] too.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    return [[fill()] * width for _ in range(height)]
