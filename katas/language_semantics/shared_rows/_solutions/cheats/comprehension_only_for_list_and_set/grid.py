"""Blind cheat: calls fill() per cell only when it makes a list or set; other fills reuse one value
per row.

Differs: g = make_grid(2, 1, dict); g[0][0]["k"] = 1 -> g[0][1] == {"k": 1}; also fill() called
once per row, not per cell.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    sample = fill()
    if isinstance(sample, (list, set)):  # only containers need their own copy
        return [[fill() for _ in range(width)] for _ in range(height)]
    return [[sample] * width for _ in range(height)]
