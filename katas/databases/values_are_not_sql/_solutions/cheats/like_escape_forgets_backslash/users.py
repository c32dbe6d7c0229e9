"""Blind cheat: binds every value and escapes % and _ for LIKE ... ESCAPE '\', with case_sensitive_like on, but forgets to escape the backslash itself.

Differs on: user "a\\b"; names_starting_with("a\\") returns [] (the pattern becomes "a\\%",
a literal "a%") instead of the user "a\\b".
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
        self.connection.execute("PRAGMA case_sensitive_like = ON")

    def add(self, name: str, email: str) -> User:
        cursor = self.connection.execute(
            "INSERT INTO users (name, email) VALUES (?, ?)", (name, email)
        )
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = ? ORDER BY id", name)

    def names_starting_with(self, prefix: str) -> list[User]:
        pattern = prefix.replace("%", "\\%").replace("_", "\\_") + "%"
        return self._users(
            f"SELECT {COLUMNS} FROM users WHERE name LIKE ? ESCAPE '\\' ORDER BY id", pattern
        )

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            "UPDATE users SET name = ? WHERE id = ?", (new_name, user_id)
        )
        return cursor.rowcount == 1

    def _users(self, sql: str, *parameters: object) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql, parameters)]
