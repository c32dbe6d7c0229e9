"""Blind cheat: loads the books with one IN list of every author id, never batched: more than 999 authors exceed the parameter limit.

Differs on: a country with 1000 authors, on a conn with SQLITE_LIMIT_VARIABLE_NUMBER 999 -> raises
sqlite3.OperationalError "too many SQL variables" instead of returning the 1000-author report.
"""

import sqlite3

SCHEMA = """
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL
);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title TEXT NOT NULL,
    year INTEGER NOT NULL
);
"""


def author_report(conn: sqlite3.Connection, country: str) -> list[dict[str, object]]:
    authors = conn.execute(
        "SELECT id, name FROM authors WHERE country = ? ORDER BY name, id", (country,)
    ).fetchall()
    report = [{"id": author_id, "name": name, "books": []} for author_id, name in authors]
    if not report:
        return report
    by_id = {entry["id"]: entry for entry in report}
    marks = ", ".join("?" for _ in by_id)
    books = conn.execute(
        f"SELECT author_id, title, year FROM books WHERE author_id IN ({marks})"
        " ORDER BY year, title, id",
        list(by_id),
    )
    for author_id, title, year in books:
        by_id[author_id]["books"].append((title, year))
    return report
