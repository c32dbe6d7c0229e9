"""Cheat: remembers the users it added, to save a query per lookup.

Users must keep nothing of its own: a second Users on the same connection, or a rename through
it, is never seen. Differs: add "Ann" through one Users, rename it through another, then
find_by_name("Ann") through the first still returns the old row.
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
        self.by_name: dict[str, list[User]] = {}

    def add(self, name: str, email: str) -> User:
        cursor = self.connection.execute(
            "INSERT INTO users (name, email) VALUES (?, ?)", (name, email)
        )
        user = User(cursor.lastrowid, name, email)
        self.by_name.setdefault(name, []).append(user)
        return user

    def find_by_name(self, name: str) -> list[User]:
        if name in self.by_name:
            return self.by_name[name]
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = ? ORDER BY id", name)

    def names_starting_with(self, prefix: str) -> list[User]:
        return self._users(
            f"SELECT {COLUMNS} FROM users WHERE substr(name, 1, ?) = ? ORDER BY id",
            len(prefix),
            prefix,
        )

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            "UPDATE users SET name = ? WHERE id = ?", (new_name, user_id)
        )
        self.by_name.clear()
        return cursor.rowcount == 1

    def _users(self, sql: str, *parameters: object) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql, parameters)]
