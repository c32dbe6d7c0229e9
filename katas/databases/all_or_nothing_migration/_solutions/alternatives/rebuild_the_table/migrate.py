"""Alternative: SQLite's own recipe (create the new table, copy, drop, rename, re-index), inside
a transaction helper, with the key computed by a SQL function."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK on any error: DDL included, in every isolation mode."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    else:
        connection.commit()


def user_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection) -> None:
    connection.create_function("normalize_email", 1, normalize_email, deterministic=True)
    with transaction(connection):
        if user_version(connection) >= VERSION:
            return
        connection.execute(
            "CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT,"
            " email_key TEXT NOT NULL UNIQUE)"
        )
        connection.execute(
            "INSERT INTO users_new (id, email, name, email_key)"
            " SELECT id, email, name, normalize_email(email) FROM users"
        )
        connection.execute("DROP TABLE users")
        connection.execute("ALTER TABLE users_new RENAME TO users")
        connection.execute("CREATE INDEX users_by_name ON users (name)")
        connection.execute(f"PRAGMA user_version = {VERSION:d}")
