"""Blind cheat: caches each report in a module-level dict keyed by country, so later calls (other data, other connections) get the old report.

Differs on: author_report(conn, "FR"), then insert a book for Perec (or call with another database whose
"FR" authors differ): the second call returns the first report unchanged, instead of reading the database.
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


_reports: dict[str, list[dict[str, object]]] = {}


def author_report(conn: sqlite3.Connection, country: str) -> list[dict[str, object]]:
    if country in _reports:
        return _reports[country]  # the same page again: no query at all
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
        if book_id is not None:
            report[-1]["books"].append((title, year))
    _reports[country] = report
    return report
