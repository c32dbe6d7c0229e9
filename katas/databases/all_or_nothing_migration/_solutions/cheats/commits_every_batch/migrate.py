"""Cheat: one transaction per batch of 100 rows, "so that the backfill holds no long lock".

Each commit makes the column and the rows so far permanent: with more than 100 users and a
duplicate key, the unique index fails at the end and the database is left half-migrated.
"""

import sqlite3

VERSION = 1
BATCH = 100


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN")
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] >= VERSION:
            connection.commit()
            return
        connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
        rows = connection.execute("SELECT id, email FROM users ORDER BY id").fetchall()
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            connection.executemany(
                "UPDATE users SET email_key = ? WHERE id = ?",
                [(normalize_email(email), user_id) for user_id, email in batch],
            )
            if start + BATCH < len(rows):
                connection.commit()
                connection.execute("BEGIN")
        connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
        connection.execute(f"PRAGMA user_version = {VERSION}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
