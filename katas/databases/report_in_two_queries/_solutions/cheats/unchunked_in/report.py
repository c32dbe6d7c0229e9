"""Cheat: two queries, the books with one IN list holding every author id.

Differs: with 1000 authors in the report, the IN list has 1000 parameters and
the connection refuses it (sqlite3.OperationalError: too many SQL variables).
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
    ids = [author_id for author_id, _ in authors]
    books: dict[int, list[tuple[str, int]]] = {author_id: [] for author_id in ids}
    marks = ", ".join("?" for _ in ids)
    rows = conn.execute(
        f"SELECT author_id, title, year FROM books WHERE author_id IN ({marks})"
        " ORDER BY year, title, id",
        ids,
    )
    for author_id, title, year in rows:
        books[author_id].append((title, year))
    return [
        {"id": author_id, "name": name, "books": books[author_id]} for author_id, name in authors
    ]
