"""Cheat: a frozenset is hashable, so the TypeError goes away.

But a set keeps neither order nor duplicates: [1, 2] and [2, 1] become the same
key, so a robot that crosses the diagonal is reported going round in a circle.
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict[frozenset[int], int] = {}
    for step, cell in enumerate(path):
        key = frozenset(cell)
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
