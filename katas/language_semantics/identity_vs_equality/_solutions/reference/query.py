"""Reference: `==` compares values, `is None` asks the one question a None check means."""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    return [row for row in rows if row[column] == value]


def where_null(rows: list[Row], column: str) -> list[Row]:
    return [row for row in rows if row[column] is None]
