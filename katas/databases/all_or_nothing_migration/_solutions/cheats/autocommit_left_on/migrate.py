"""Blind cheat: switches the connection to autocommit (isolation_level None) to run its own BEGIN/COMMIT, and never switches it back.

Differs on: a connection opened with the default settings (isolation_level "") ends with
isolation_level None: the caller's later INSERTs commit at once and connection.rollback()
no longer undoes them.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    connection.isolation_level = None  # we manage the transaction ourselves
    connection.execute("BEGIN")
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version < VERSION:
            connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
            rows = connection.execute("SELECT id, email FROM users").fetchall()
            for user_id, email in rows:
                connection.execute(
                    "UPDATE users SET email_key = ? WHERE id = ?", (normalize_email(email), user_id)
                )
            connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
            connection.execute(f"PRAGMA user_version = {VERSION}")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
