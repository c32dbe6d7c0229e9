"""Blind cheat: converts the log in place to tuples, so the caller's path is mutated.

Differs: p = [[0, 0]]; first_loop(p); p -> [(0, 0)] (should still be [[0, 0]]).
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    for i, cell in enumerate(path):
        path[i] = tuple(cell)  # make every cell hashable
    first_visit: dict = {}
    for step, cell in enumerate(path):
        if cell in first_visit:
            return first_visit[cell], step
        first_visit[cell] = step
    return None
