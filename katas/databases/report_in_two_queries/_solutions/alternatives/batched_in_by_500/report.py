"""Alternative: the authors first, then their books with IN lists of at most 500 ids.

This is what an ORM's selectinload / prefetch_related does: each row is sent
once, and the chunks stay under any limit on the number of parameters.
"""

import sqlite3
from collections import defaultdict
from collections.abc import Iterator

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


BATCH = 500


def author_report(conn: sqlite3.Connection, country: str) -> list[dict[str, object]]:
    authors = conn.execute(
        "SELECT id, name FROM authors WHERE country = ? ORDER BY name, id", (country,)
    ).fetchall()
    books = defaultdict(list)
    for chunk in batched([author_id for author_id, _ in authors], BATCH):
        for author_id, title, year in _books_of(conn, chunk):
            books[author_id].append((title, year))
    return [
        {"id": author_id, "name": name, "books": books[author_id]} for author_id, name in authors
    ]


def _books_of(conn: sqlite3.Connection, author_ids: list[int]) -> list[tuple[int, str, int]]:
    marks = ", ".join("?" * len(author_ids))
    return conn.execute(
        f"SELECT author_id, title, year FROM books WHERE author_id IN ({marks})"
        " ORDER BY year, title, id",
        author_ids,
    ).fetchall()


def batched(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
