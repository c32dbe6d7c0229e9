"""The users of the support tool, over sqlite3, without an ORM.

The team dropped the ORM ("raw SQL is simpler") and wrote this thin layer. Raw
SQL is fine; SQL made by pasting values into the query text is not. Contract:

create_table(connection) creates the one table the layer uses:

    CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL)

Users(connection) works on an open sqlite3.Connection whose database has that
table. A name or an email is any str without the NUL character "\\x00": quotes
of every kind, backslashes, %, _, *, [, --, spaces at either end, any script,
the empty string. Every value is data: stored and compared exactly as given,
never read as SQL, never read as a pattern. Users keeps nothing of its own:
every answer comes from the database, so two Users on one connection see each
other's writes. Lists come in id order; the layer never commits.

add(name, email) -> User
    Inserts a user and returns it, with the id the database gave it.
find_by_name(name) -> list[User]
    Every user whose name is exactly `name`: case and every character count.
names_starting_with(prefix) -> list[User]
    Every user whose name starts with `prefix`, as name.startswith(prefix)
    says: case counts, and % and _ are characters like any other. The empty
    prefix gives every user.
rename(user_id, new_name) -> bool
    Gives that user the new name and returns True; returns False, changing
    nothing, when no user has that id (any int SQLite can store, 64 bits).
    No other row ever changes.

    >>> users = Users(connection)
    >>> ann = users.add("Ann O'Neil", "ann@example.com")
    >>> users.find_by_name("Ann O'Neil") == [ann]
    True

Right now an apostrophe in a name is a syntax error, a name can rewrite the
query (and rename every user), and a prefix is read as a LIKE pattern, which
also ignores case. Keep the SQL, but let the database receive each value as a
value.
"""

import sqlite3
from dataclasses import dataclass

COLUMNS = "id, name, email"


@dataclass(frozen=True)
class User:
    id: int
    name: str
    email: str


def create_table(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL)"
    )


class Users:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    # TODO: every value below is pasted into the SQL text.
    def add(self, name: str, email: str) -> User:
        cursor = self.connection.execute(
            f"INSERT INTO users (name, email) VALUES ('{name}', '{email}')"
        )
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = '{name}' ORDER BY id")

    def names_starting_with(self, prefix: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name LIKE '{prefix}%' ORDER BY id")

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            f"UPDATE users SET name = '{new_name}' WHERE id = {user_id}"
        )
        return cursor.rowcount == 1

    def _users(self, sql: str) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql)]
