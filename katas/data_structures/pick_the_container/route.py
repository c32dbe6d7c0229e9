"""Where a delivery robot first goes round in a circle.

The robot logs every cell it enters as an [x, y] pair. The log is parsed from
JSON, so each cell is a list. first_loop(path) returns (first, again): `again`
is the first step that enters a cell the robot has been in before, and `first`
is the step when it was there the first time. It returns None when the robot
never enters a cell twice. x and y are ints of any size, negative too. Two
entries are the same cell when they have the same x and the same y. The
caller's log is left exactly as it was (still a list of lists):

    >>> first_loop([[0, 0], [0, 1], [1, 1], [0, 1]])
    (1, 3)
    >>> print(first_loop([[0, 0], [1, 0], [2, 0]]))
    None

Right now every call raises TypeError: unhashable type: 'list'. Work out why a
list cannot be a dict key, and pick the built-in container that can be one
and still tells the cell [1, 2] from the cell [2, 1].
"""

Cell = list[int]


def first_loop(path: list[Cell]) -> tuple[int, int] | None:
    first_visit: dict[Cell, int] = {}  # cell -> the step that first entered it
    for step, cell in enumerate(path):
        if cell in first_visit:  # TODO: TypeError here. Which containers can be a dict key?
            return first_visit[cell], step
        first_visit[cell] = step
    return None
