from hypothesis import example, given
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .grid import make_grid

#: fill() by name, so that the summary shows "list" rather than <class 'list'>.
FILLS = {"int": int, "str": str, "list": list, "set": set, "dict": dict}


def change(grid: list[list[object]], x: int, y: int, how: str, n: int) -> None:
    """Change cell (x, y): assign a new value, or grow it (in place when it can change)."""
    if how == "assign":
        grid[y][x] = n
        return
    cell = grid[y][x]
    if isinstance(cell, list):
        cell.append(n)
    elif isinstance(cell, set):
        cell.add(n)
    elif isinstance(cell, dict):
        cell[n] = n
    elif isinstance(cell, str):
        grid[y][x] = cell + str(n)
    else:
        grid[y][x] = cell + n  # type: ignore[operator]


@st.composite
def grids_and_changes(draw: st.DrawFn) -> tuple[int, int, str, list[tuple[int, int, str]]]:
    width, height = draw(st.integers(1, 4)), draw(st.integers(1, 4))
    fill = draw(st.sampled_from(sorted(FILLS)))
    cells = st.tuples(
        st.integers(0, width - 1), st.integers(0, height - 1), st.sampled_from(["grow", "assign"])
    )
    return width, height, fill, draw(st.lists(cells, max_size=5))


def replay(make_grid, width: int, height: int, fill: str, changes) -> list[list[object]]:
    grid = make_grid(width, height, FILLS[fill])
    for n, (x, y, how) in enumerate(changes, start=1):
        change(grid, x, y, how, n)
    return grid


@kata_settings
@given(case=grids_and_changes())
@example(case=(2, 1, "list", [(0, 0, "grow")]))  # cells in one row, sharing one list?
def test_every_change_stays_in_its_own_cell(reference, case):
    width, height, fill, changes = case
    got = replay(make_grid, width, height, fill, changes)
    want = replay(reference.make_grid, width, height, fill, changes)
    assert_same(got, want, width=width, height=height, fill=fill, changes=changes)
