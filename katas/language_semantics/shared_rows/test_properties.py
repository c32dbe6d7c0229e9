from collections.abc import Callable

from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .grid import make_grid

#: fill() by name, so that the summary shows "list" rather than <class 'list'>.
FILLS: dict[str, Callable[[], object]] = {
    "int": int,
    "str": str,
    "list": list,
    "set": set,
    "dict": dict,
    "bytearray": bytearray,
    "lambda: [[]]": lambda: [[]],  # a cell holding a list of its own
    "lambda: None": lambda: None,
}

#: Fills that make a new object on every call (int() and str() may hand out one
#: cached 0 or "", so identity says nothing about them).
MUTABLE = {"list", "set", "dict", "bytearray", "lambda: [[]]"}


def change(grid: list[list[object]], x: int, y: int, how: str, n: int) -> None:
    """Change cell (x, y): assign a new value, or grow it (in place when it can change)."""
    if how == "assign":
        grid[y][x] = n
        return
    cell = grid[y][x]
    if isinstance(cell, list) and cell and isinstance(cell[0], list):
        cell[0].append(n)  # deep inside the cell
    elif isinstance(cell, (list, bytearray)):
        cell.append(n % 256)
    elif isinstance(cell, set):
        cell.add(n)
    elif isinstance(cell, dict):
        cell[n] = n
    elif isinstance(cell, str):
        grid[y][x] = cell + str(n)
    elif isinstance(cell, int):
        grid[y][x] = cell + n
    else:
        grid[y][x] = n


# A change is (x, y, how), x and y taken modulo the grid's size.
changes = st.lists(
    st.tuples(st.integers(0, 9), st.integers(0, 9), st.sampled_from(["grow", "assign"])),
    max_size=6,
)


def index_by_identity(made: list[object], cell: object) -> int:
    """Which of the values fill() made is this very cell (-1: none of them)?"""
    return next((i for i, value in enumerate(made) if value is cell), -1)


def replay(make_grid, width, height, fill, first, second):
    """Make a grid and change it, then make another one just like it and change that."""
    made: list[object] = []

    def counted_fill():
        made.append(FILLS[fill]())
        return made[-1]

    grids = []
    for script in (first, second):
        made.clear()
        grid = make_grid(width, height, counted_fill)
        grids.append({"fill() calls": len(made)})
        if fill in MUTABLE:
            # Every cell is one of the values fill() made for this grid, each used once.
            cells = [cell for row in grid for cell in row]
            used = sorted(index_by_identity(made, cell) for cell in cells)
            grids[-1]["cells are fill()'s, each once"] = used == list(range(len(made)))
        for n, (x, y, how) in enumerate(script, start=1):
            if width and height:
                change(grid, x % width, y % height, how, n)
        grids[-1]["grid after the changes"] = grid
    return grids


@kata_settings
@given(
    width=st.integers(0, 5),
    height=st.integers(0, 5),
    fill=st.sampled_from(sorted(FILLS)),
    first=changes,
    second=changes,
)
# cells in one row sharing one list
@example(width=2, height=1, fill="list", first=[(0, 0, "grow")], second=[])
# a dict cell, shared along its row
@example(width=2, height=1, fill="dict", first=[(0, 0, "grow")], second=[])
# one value, shallow-copied into every cell: the list inside is shared
@example(width=2, height=1, fill="lambda: [[]]", first=[(0, 0, "grow")], second=[])
# the second grid must not see the first one's changes
@example(width=1, height=1, fill="list", first=[(0, 0, "grow")], second=[])
def test_every_change_stays_in_its_own_cell(reference, width, height, fill, first, second):
    got = replay(make_grid, width, height, fill, first, second)
    want = replay(reference.make_grid, width, height, fill, first, second)
    assert_same(got, want, width=width, height=height, fill=fill, first=first, second=second)
