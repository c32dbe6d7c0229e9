"""Blind cheat: one LEFT JOIN, but it tells "no book" from a book by the truthiness of the title, so a book titled "" is dropped.

Differs on: author (1, "Ann", "UK") with a book (10, 1, "", 2001): author_report(conn, "UK") gives
[{'id': 1, 'name': 'Ann', 'books': []}] instead of books [('', 2001)].
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
            report.append({"id": author_id, "name": name, "books": []})
        if title:  # the LEFT JOIN gives NULL for an author without books
            report[-1]["books"].append((title, year))
    return report
