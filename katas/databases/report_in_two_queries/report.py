"""The "authors and their books" report, without one query per author.

author_report(conn, country) returns the authors of `country` (exact match,
case matters), ordered by name and then id, each with its books ordered by
year, then title, then id:

    >>> author_report(conn, "FR")
    [{'id': 4, 'name': 'Colette', 'books': [('Chéri', 1920), ('Gigi', 1944)]},
     {'id': 2, 'name': 'Perec', 'books': []}]

Every author of the country is in the report, with "books": [] when there
is none. Two authors may share a name and one author may have two books with
the same title and year: they are separate entries, never merged. Names,
countries and titles are any str; ids and years are ints. Every book's
author_id names an author (SCHEMA). Each call reads the database as it is
then, and the report only reads.

The cost: at most 2 SQL statements when the report holds up to 500 authors,
and at most one more for each further 500 authors or part of 500 (batching
an IN list by 500, as ORMs do, is fine). `conn` may refuse a statement with
more than 999 parameters (SQLITE_LIMIT_VARIABLE_NUMBER, as older SQLite
builds do). The tests count statements with conn.set_trace_callback().

Right now the report runs one query for the authors and then one more per
author: 1 + N statements, the N+1 query problem. A page with 300 authors
makes 301 round trips to the database. Load the books for all the authors
at once, with a join or with a batched IN, and keep the result exactly as it
is.
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
    report = []
    for author_id, name in authors:
        # TODO: one query per author: the N+1 query problem.
        books = conn.execute(
            "SELECT title, year FROM books WHERE author_id = ? ORDER BY year, title, id",
            (author_id,),
        ).fetchall()
        report.append({"id": author_id, "name": name, "books": books})
    return report
