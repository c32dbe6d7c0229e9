"""Blind cheat: encodes a cell as x * 10 + y, fine for the small example grids but collides
beyond 0..9.

Differs: first_loop([[0, 10], [1, 0]]) -> (0, 1) (should be None).
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict = {}  # cell -> the step that first entered it
    for step, cell in enumerate(path):
        key = cell[0] * 10 + cell[1]
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
