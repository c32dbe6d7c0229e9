"""Reference: a tuple is an immutable sequence, so it is hashable and keeps x apart from y."""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict[tuple[int, ...], int] = {}
    for step, cell in enumerate(path):
        key = tuple(cell)
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
