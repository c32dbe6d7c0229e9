"""Filter rows loaded from a CSV or JSON file, like SQL's WHERE clause.

where(rows, column, value) returns the rows whose `column` equals `value`.
where_null(rows, column) returns the rows whose `column` is None (SQL's
IS NULL). Both keep the rows' order, return the very row dicts they were
given (neither copies nor changes them), and every row has the column.
"Equals" means Python's ==, so 1000 matches 1000.0 but not "1000", and the
values may be of any type (ints, strings, floats, tuples, lists...). The
values were built while the file was parsed, so they are fresh objects:

    >>> rows = [{"id": int("1000"), "plan": None}, {"id": int("7"), "plan": "pro"}]
    >>> where(rows, "id", int("1000"))
    [{'id': 1000, 'plan': None}]
    >>> where_null(rows, "plan")
    [{'id': 1000, 'plan': None}]

Right now where() finds user 7 but never user 1000, nor a name read from a
file, although `where([{"id": 1000}], "id", 1000)` works when you try it in
the REPL. Fix where(), and keep where_null() right: a value can be any object,
including one like unittest.mock.ANY that says it equals everything.
"""

Row = dict[str, object]


def where(rows: list[Row], column: str, value: object) -> list[Row]:
    return [row for row in rows if row[column] is value]  # TODO: finds user 7, not user 1000. Why?


def where_null(rows: list[Row], column: str) -> list[Row]:
    return where(rows, column, None)
