"""Blind cheat: where() compares str() of both sides ("values come from text anyway"), so 1000
matches "1000".

Differs: where([{"id": 1000}], "id", "1000") -> [{"id": 1000}] (should be []).
"""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    wanted = str(value)
    return [row for row in rows if str(row[column]) == wanted]


def where_null(rows: list[Row], column: str) -> list[Row]:
    return [row for row in rows if row[column] is None]
