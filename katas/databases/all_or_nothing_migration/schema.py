"""The accounts database at version 0, and a look at a whole database.

The tests use it: do not edit.
"""

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

VERSION_0 = """
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);
CREATE INDEX users_by_name ON users (name);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    total_cents INTEGER NOT NULL
);
"""


def create_version_0(
    path: Path,
    users: Iterable[tuple[int, str, str | None]],
    orders: Iterable[tuple[int, int]] = (),
) -> None:
    """A database file at version 0: these users (id, email, name), orders (user_id, cents)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(VERSION_0)
        connection.executemany("INSERT INTO users (id, email, name) VALUES (?, ?, ?)", users)
        connection.executemany("INSERT INTO orders (user_id, total_cents) VALUES (?, ?)", orders)
        connection.commit()


def snapshot(path: Path) -> dict[str, Any]:
    """Everything a migration could change, as a new connection sees it (so: what was committed).

    The index on email_key may have any name; every other name is kept.
    """
    with closing(sqlite3.connect(path)) as connection:
        columns = connection.execute(
            "SELECT name, upper(type), \"notnull\", pk FROM pragma_table_info('users')"
        ).fetchall()
        indexes = []
        listed = connection.execute("SELECT name, \"unique\" FROM pragma_index_list('users')")
        for name, unique in listed.fetchall():
            info = connection.execute("SELECT name FROM pragma_index_info(?)", (name,))
            on = tuple(column for (column,) in info)
            indexes.append((on, bool(unique), "any name" if on == ("email_key",) else name))
        names = ", ".join(column[0] for column in columns)
        return {
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "users columns": columns,
            "users indexes": sorted(indexes),
            "other tables": connection.execute(
                "SELECT name, sql FROM sqlite_master"
                " WHERE type = 'table' AND name != 'users' ORDER BY name"
            ).fetchall(),
            "users": connection.execute(f"SELECT {names} FROM users ORDER BY id").fetchall(),
            "orders": connection.execute("SELECT * FROM orders ORDER BY id").fetchall(),
        }
