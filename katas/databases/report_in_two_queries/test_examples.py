import sqlite3

import pytest

from .report import SCHEMA, author_report

AUTHORS = [(4, "Colette", "FR"), (2, "Perec", "FR"), (7, "Ann", "UK"), (3, "Ann", "UK")]
AUTHORS += [(9, "Woolf", "UK")]
BOOKS = [(10, 4, "Gigi", 1944), (11, 4, "Chéri", 1920), (12, 7, "Poems", 2001)]
BOOKS += [(13, 7, "Poems", 2001), (14, 3, "Essays", 1999), (15, 9, "Orlando", 1928)]
BOOKS += [(16, 9, "Mrs Dalloway", 1925)]


def database(authors, books):
    conn = sqlite3.connect(":memory:")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO authors VALUES (?, ?, ?)", authors)
    conn.executemany("INSERT INTO books VALUES (?, ?, ?, ?)", books)
    return conn


@pytest.fixture
def conn():
    conn = database(AUTHORS, BOOKS)
    yield conn
    conn.close()


def statements_run(conn, call):
    """call()'s result, and the SQL statements it ran."""
    statements = []
    conn.set_trace_callback(statements.append)
    try:
        return call(), statements
    finally:
        conn.set_trace_callback(None)


def test_each_author_comes_with_their_books_in_order(conn):
    assert author_report(conn, "FR") == [
        {"id": 4, "name": "Colette", "books": [("Chéri", 1920), ("Gigi", 1944)]},
        {"id": 2, "name": "Perec", "books": []},
    ]


def test_same_names_and_same_titles_stay_apart(conn):
    assert author_report(conn, "UK") == [
        {"id": 3, "name": "Ann", "books": [("Essays", 1999)]},
        {"id": 7, "name": "Ann", "books": [("Poems", 2001), ("Poems", 2001)]},
        {"id": 9, "name": "Woolf", "books": [("Mrs Dalloway", 1925), ("Orlando", 1928)]},
    ]


def test_a_country_without_authors_is_an_empty_report(conn):
    assert author_report(conn, "fr") == []


def test_the_report_runs_at_most_two_statements(conn):
    report, statements = statements_run(conn, lambda: author_report(conn, "UK"))
    assert len(report) == 3
    assert len(statements) <= 2, statements


def test_the_statement_count_does_not_grow_with_the_authors():
    authors = [(n, f"Author {n:03}", "PL") for n in range(1, 301)]
    books = [(n, n, f"Book {n}", 2000) for n in range(1, 301) if n % 3]
    conn = database(authors, books)
    try:
        report, statements = statements_run(conn, lambda: author_report(conn, "PL"))
    finally:
        conn.close()
    assert len(report) == 300
    assert report[2] == {"id": 3, "name": "Author 003", "books": []}
    assert report[3] == {"id": 4, "name": "Author 004", "books": [("Book 4", 2000)]}
    assert len(statements) <= 2, f"{len(statements)} statements for 300 authors"
