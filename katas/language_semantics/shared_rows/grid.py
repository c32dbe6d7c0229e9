"""A new, empty grid for a board game, a spreadsheet or a sudoku solver.

make_grid(width, height, fill) returns `height` rows of `width` cells. Each
cell starts as a new value made by calling fill(): int gives 0, str gives "",
list gives [] (a square holding a stack of pieces), set gives set() (a
sudoku cell's candidates). Every cell is its own: assigning to one cell, or
changing the list or set inside it, changes that cell and no other.

width and height are ints >= 0 (a grid may have no rows, or empty rows).
fill is any function of no arguments: make_grid calls it once for every cell
(width * height calls), and every call of make_grid makes a new grid that
shares nothing with any other.

    >>> grid = make_grid(3, 2, int)
    >>> grid[0][1] = 5
    >>> grid
    [[0, 5, 0], [0, 0, 0]]
    >>> board = make_grid(2, 2, list)
    >>> board[1][0].append("king")
    >>> board
    [[[], []], [['king'], []]]

Right now the first example gives [[0, 5, 0], [0, 5, 0]]: a write to one cell
changes its whole column. Work out what `*` repeats, and make every cell its
own.
"""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def make_grid(width: int, height: int, fill: Callable[[], T]) -> list[list[T]]:
    return [[fill()] * width] * height  # TODO: how many different row lists are there?
