"""Blind cheat: backfills in one set-based UPDATE with SQLite's lower(trim(email)), which folds only ASCII case and trims only spaces, not normalize_email().

Differs on: a user with email "ZOË@example.com" gets email_key "zoË@example.com" (not
"zoë@example.com"); "Straße@x.de" keeps the ß (casefold gives "strasse@x.de"); "\tann@x.com"
keeps its tab. So "ZOË@x" and "zoë@x" migrate without an IntegrityError.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN")
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version < VERSION:
            connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
            # one statement instead of a Python loop: same as normalize_email()
            connection.execute("UPDATE users SET email_key = lower(trim(email))")
            connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
            connection.execute(f"PRAGMA user_version = {VERSION}")
    except BaseException:
        connection.rollback()
        raise
    connection.commit()
