"""Blind cheat: "cleans" names by stripping surrounding spaces when storing and looking up, so a name with spaces at either end is not stored as given.

Differs on: add(" Ann ", "a@x") then find_by_name(" Ann ") returns a user whose stored name is
"Ann" (not the User add returned), find_by_name("Ann") also finds it, and names_starting_with(" ")
finds nobody.
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

    def add(self, name: str, email: str) -> User:
        cursor = self.connection.execute(
            "INSERT INTO users (name, email) VALUES (?, ?)", (name.strip(), email.strip())
        )
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = ? ORDER BY id", name.strip())

    def names_starting_with(self, prefix: str) -> list[User]:
        return self._users(
            f"SELECT {COLUMNS} FROM users WHERE substr(name, 1, ?) = ? ORDER BY id",
            len(prefix),
            prefix,
        )

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            "UPDATE users SET name = ? WHERE id = ?", (new_name.strip(), user_id)
        )
        return cursor.rowcount == 1

    def _users(self, sql: str, *parameters: object) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql, parameters)]
