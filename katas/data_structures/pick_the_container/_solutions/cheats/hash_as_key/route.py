"""Cheat: keys each cell by hash(tuple(cell)), an int, "because dicts hash anyway".

Different cells can share a hash: in CPython hash(-1) == hash(-2), so the cells
[-1, 0] and [-2, 0] become one key and a robot that never comes back is
reported going round in a circle. A dict compares keys with == after the hash
matches; a bare hash skips that step.
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict[int, int] = {}
    for step, cell in enumerate(path):
        key = hash(tuple(cell))
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
