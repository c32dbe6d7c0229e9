"""Blind cheat: idempotent, but "atomic" by compensation: on IntegrityError it rolls back and drops the new column; any other error leaves half a migration.

Differs on: a version-0 database where the CREATE UNIQUE INDEX (or an UPDATE) fails with
sqlite3.OperationalError (interrupted, disk full): the email_key column stays behind with
user_version 0, instead of the database being exactly as it was.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version >= VERSION:
        return
    connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
    try:
        rows = connection.execute("SELECT id, email FROM users").fetchall()
        for user_id, email in rows:
            connection.execute(
                "UPDATE users SET email_key = ? WHERE id = ?", (normalize_email(email), user_id)
            )
        connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
    except sqlite3.IntegrityError:
        connection.rollback()
        connection.execute("ALTER TABLE users DROP COLUMN email_key")  # undo the ALTER
        raise
    connection.execute(f"PRAGMA user_version = {VERSION}")
    connection.commit()
