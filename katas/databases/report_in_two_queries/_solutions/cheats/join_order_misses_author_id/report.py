"""Blind cheat: one LEFT JOIN ordered by name, year, title (without authors.id), grouped by id in a dict: two authors with the same name come out in the order of their books, not by id.

Differs on: authors (3, "Ann", "UK") with a book of 1999 and (7, "Ann", "UK") with a book of 1990:
author_report(conn, "UK") lists id 7 before id 3 instead of 3 before 7.
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
        "SELECT authors.id, authors.name, books.title, books.year"
        " FROM authors LEFT JOIN books ON books.author_id = authors.id"
        " WHERE authors.country = ?"
        " ORDER BY authors.name, books.year, books.title, books.id",
        (country,),
    )
    by_id: dict[int, dict[str, object]] = {}
    for author_id, name, title, year in rows:
        entry = by_id.setdefault(author_id, {"id": author_id, "name": name, "books": []})
        if title is not None:
            entry["books"].append((title, year))
    return list(by_id.values())
