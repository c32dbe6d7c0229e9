"""Blind cheat: caches a template grid per (width, height, fill) and hands out row copies: cells
are shared between grids.

Differs: g1 = make_grid(1, 1, list); g1[0][0].append(1); make_grid(1, 1, list) -> [[[1]]] (should
be [[[]]]).
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


_templates: dict[tuple, list] = {}


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    key = (width, height, fill)
    if key not in _templates:
        _templates[key] = [[fill() for _ in range(width)] for _ in range(height)]
    return [row.copy() for row in _templates[key]]
