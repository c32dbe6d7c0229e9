"""Migration 1 of the accounts database: every user gets an email_key.

Sign-in looks users up by email, and two accounts that differ only by case or
by a stray space have caused trouble. Version 1 adds users.email_key, the email
as normalize_email() gives it, required and unique. The database at version 0
is schema.VERSION_0: users (id, email, name), an index users_by_name, and
orders, which refer to users.

migrate(connection) takes a connection, with no transaction open, to a
database file that is either at version 0 (PRAGMA user_version = 0, the
schema of VERSION_0, any rows) or at version 1, as migrate() left it. Foreign
keys are not enforced (SQLite's default). The connection may use the default
transaction handling or autocommit (isolation_level None); migrate() leaves
that setting as it was.

At version 0, migrate() does all of this, or none of it:
    * adds email_key TEXT NOT NULL as the last column of users, set for every
      row to normalize_email(email), and makes it unique: afterwards a row
      whose email_key is NULL, or equal to another row's, is refused with
      sqlite3.IntegrityError;
    * keeps every row (ids included) and every other column, index and table
      exactly as they were;
    * records the version: PRAGMA user_version = 1;
    * commits: when it returns, another connection sees version 1, and no
      transaction is left open.
When two users' emails give the same key, the data cannot be migrated:
migrate() raises sqlite3.IntegrityError and the database is exactly as it was
(still version 0, no new column, no new index, every row unchanged), with no
transaction left open. The same holds for any other error on the way (an
interrupted statement, a full disk: sqlite3.OperationalError): migrate()
lets it propagate, and the database is as it was.
At version 1, migrate() changes nothing and does not fail: a deploy may run
it again, or twice.

    >>> migrate(connection)  # version 0, users "Ann@Example.com " and "bob@example.com"
    >>> connection.execute("SELECT email_key FROM users ORDER BY id").fetchall()
    [('ann@example.com',), ('bob@example.com',)]

Right now the second run fails with "duplicate column name", and a run that
fails on duplicate keys leaves half a migration behind: the column is there
for good, the version still says 0, and the next run fails again. Make it
idempotent and atomic. normalize_email() is right: keep it as it is.
"""

import sqlite3

VERSION = 1


def normalize_email(email: str) -> str:
    return email.strip().casefold()


def migrate(connection: sqlite3.Connection) -> None:
    # TODO: what happens when this runs twice, or fails halfway through?
    connection.execute("ALTER TABLE users ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
    rows = connection.execute("SELECT id, email FROM users").fetchall()
    for user_id, email in rows:
        connection.execute(
            "UPDATE users SET email_key = ? WHERE id = ?", (normalize_email(email), user_id)
        )
    connection.execute("CREATE UNIQUE INDEX users_by_email_key ON users (email_key)")
    connection.execute(f"PRAGMA user_version = {VERSION}")
    connection.commit()
