"""Cheat: the join breaks ties of the same year by book id, not by title.

Differs: two books of 2001, "Zebra" (id 1) and "Apple" (id 2), come out as
Zebra, Apple; the report wants Apple first.
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
        " ORDER BY authors.name, authors.id, books.year, books.id",
        (country,),
    )
    report: list[dict[str, object]] = []
    books: list[tuple[str, int]] = []
    for author_id, name, book_id, title, year in rows:
        if not report or report[-1]["id"] != author_id:
            books = []
            report.append({"id": author_id, "name": name, "books": books})
        if book_id is not None:
            books.append((title, year))
    return report
