"""Blind cheat: where() compares hash() of both sides, so colliding hashes match and unhashable
values raise.

Differs: where([{"id": -1}], "id", -2) -> [{"id": -1}] (hash(-1) == hash(-2)); where([{"t": [1]}],
"t", [1]) raises TypeError.
"""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    wanted = hash(value)
    return [row for row in rows if hash(row[column]) == wanted]


def where_null(rows: list[Row], column: str) -> list[Row]:
    return [row for row in rows if row[column] is None]
