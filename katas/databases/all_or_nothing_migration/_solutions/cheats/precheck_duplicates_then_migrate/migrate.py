"""Blind cheat: checks for duplicate keys in Python first (the failure the examples show), then runs the steps without one transaction: any other error midway leaves half a migration.

Differs on: a version-0 database where a statement after the ALTER fails with
sqlite3.OperationalError (interrupted, disk full): the email_key column is already committed
and user_version stays 0, instead of the database being exactly as it was.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version >= VERSION:
        return
    rows = connection.execute("SELECT id, email FROM users").fetchall()
    seen: dict[str, int] = {}
    for user_id, email in rows:
        key = normalize_email(email)
        if key in seen:
            raise sqlite3.IntegrityError(
                f"UNIQUE constraint failed: users {seen[key]} and {user_id} share {key!r}"
            )
        seen[key] = user_id
    # the data is clean now, so the migration cannot fail
    connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
    for user_id, email in rows:
        connection.execute(
            "UPDATE users SET email_key = ? WHERE id = ?", (normalize_email(email), user_id)
        )
    connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
    connection.execute(f"PRAGMA user_version = {VERSION}")
    connection.commit()
