"""Cheat: one transaction, but it rolls back only the error it expects, the duplicate key.

Any other error (an interrupted statement, a full disk) leaves the transaction open on the
caller's connection, holding the write lock, half done, for whoever commits next.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    if connection.execute("PRAGMA user_version").fetchone()[0] >= VERSION:
        return
    connection.execute("BEGIN")
    try:
        connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
        for user_id, email in connection.execute("SELECT id, email FROM users").fetchall():
            connection.execute(
                "UPDATE users SET email_key = ? WHERE id = ?", (normalize_email(email), user_id)
            )
        connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
        connection.execute(f"PRAGMA user_version = {VERSION}")
    except sqlite3.IntegrityError:
        connection.rollback()
        raise
    connection.commit()
