"""Blind cheat: matches the prefix with GLOB (case-sensitive, % and _ are plain), but *, ? and [ in the prefix are still wildcards.

Differs on: users "a*b" and "axb"; names_starting_with("a*") returns both instead of only "a*b";
names_starting_with("[") finds nobody (malformed pattern) instead of names starting with "[".
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
            "INSERT INTO users (name, email) VALUES (?, ?)", (name, email)
        )
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = ? ORDER BY id", name)

    def names_starting_with(self, prefix: str) -> list[User]:
        # GLOB is case-sensitive and knows nothing of % and _, unlike LIKE
        return self._users(
            f"SELECT {COLUMNS} FROM users WHERE name GLOB ? ORDER BY id", prefix + "*"
        )

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            "UPDATE users SET name = ? WHERE id = ?", (new_name, user_id)
        )
        return cursor.rowcount == 1

    def _users(self, sql: str, *parameters: object) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql, parameters)]
