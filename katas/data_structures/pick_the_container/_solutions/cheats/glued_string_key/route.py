"""Cheat: glues x and y into one string, f"{x}{y}", to get a hashable key.

Without a separator the string forgets where x ends: [1, 12] and [11, 2] both
become "112", so two different cells count as one.
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict[str, int] = {}
    for step, (x, y) in enumerate(path):
        key = f"{x}{y}"
        if key in first_visit:
            return first_visit[key], step
        first_visit[key] = step
    return None
