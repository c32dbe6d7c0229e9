"""Reference: one LEFT JOIN, ordered as the report is, grouped by author id in one pass.

The LEFT JOIN keeps the authors without books (their book columns are NULL);
grouping by id, not by name, keeps two authors of the same name apart.
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
    rows = conn.execute(
        "SELECT authors.id, authors.name, books.id, books.title, books.year"
        " FROM authors LEFT JOIN books ON books.author_id = authors.id"
        " WHERE authors.country = ?"
        " ORDER BY authors.name, authors.id, books.year, books.title, books.id",
        (country,),
    )
    report: list[dict[str, object]] = []
    for author_id, name, book_id, title, year in rows:
        if not report or report[-1]["id"] != author_id:
            books: list[tuple[str, int]] = []
            report.append({"id": author_id, "name": name, "books": books})
        if book_id is not None:
            books.append((title, year))
    return report
