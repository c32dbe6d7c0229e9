"""Blind cheat: uses == only for int and str values and keeps `is` for everything else.

Differs: where([{"v": (1, 2)}], "v", tuple([1, 2])) -> [] (should find the row); same for floats,
lists.
"""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    if isinstance(value, (int, str)):  # parsed ids and names are fresh objects
        return [row for row in rows if row[column] == value]
    return [row for row in rows if row[column] is value]


def where_null(rows: list[Row], column: str) -> list[Row]:
    return [row for row in rows if row[column] is None]
