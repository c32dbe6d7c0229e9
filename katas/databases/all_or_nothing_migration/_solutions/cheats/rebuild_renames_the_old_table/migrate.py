"""Cheat: rebuilds users with the new column, renaming the old table out of the way first.

Renaming users to users_old also rewrites every reference to it: orders now REFERENCES
users_old, a table that is dropped a moment later. The data is right; the schema of orders
is not what it was.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN")
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] < VERSION:
            connection.create_function("normalize_email", 1, normalize_email, deterministic=True)
            connection.execute("ALTER TABLE users RENAME TO users_old")
            connection.execute(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT,"
                " email_key TEXT NOT NULL UNIQUE)"
            )
            connection.execute(
                "INSERT INTO users (id, email, name, email_key)"
                " SELECT id, email, name, normalize_email(email) FROM users_old"
            )
            connection.execute("DROP TABLE users_old")
            connection.execute("CREATE INDEX users_by_name ON users (name)")
            connection.execute(f"PRAGMA user_version = {VERSION}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
