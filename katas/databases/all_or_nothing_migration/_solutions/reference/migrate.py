"""Reference: one explicit transaction, the version checked inside it, rolled back on any error."""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    # Python's sqlite3 opens no transaction before DDL by itself: BEGIN makes the
    # ALTER TABLE part of the same all-or-nothing unit as the backfill.
    connection.execute("BEGIN IMMEDIATE")
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version < VERSION:
            connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
            rows = connection.execute("SELECT id, email FROM users").fetchall()
            connection.executemany(
                "UPDATE users SET email_key = ? WHERE id = ?",
                [(normalize_email(email), user_id) for user_id, email in rows],
            )
            connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
            connection.execute(f"PRAGMA user_version = {VERSION}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
