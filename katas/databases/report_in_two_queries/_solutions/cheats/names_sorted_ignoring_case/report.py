"""Cheat: loads everything in two queries and sorts the authors in Python, ignoring case.

Differs: "ann" and "Bob" come out as ann, Bob; SQL's ORDER BY name puts "Bob"
first (upper case sorts before lower case).
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
    authors = conn.execute("SELECT id, name FROM authors WHERE country = ?", (country,))
    report = {
        author_id: {"id": author_id, "name": name, "books": []} for author_id, name in authors
    }
    books = conn.execute("SELECT author_id, title, year FROM books ORDER BY year, title, id")
    for author_id, title, year in books:
        if author_id in report:
            report[author_id]["books"].append((title, year))
    return sorted(report.values(), key=lambda entry: (entry["name"].lower(), entry["id"]))
