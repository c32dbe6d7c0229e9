"""Blind cheat: keys cells by their digits glued into one string, so [1, 12] and [11, 2] collide.

Differs: first_loop([[1, 12], [11, 2]]) -> (0, 1) (should be None).
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict = {}  # cell -> the step that first entered it
    for step, cell in enumerate(path):
        key = "".join(str(c) for c in cell)
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
