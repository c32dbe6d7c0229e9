"""Cheat: values in double quotes, doubled inside, "because the name may hold an apostrophe".

In SQLite a double-quoted string that names a column is that column: find_by_name("name")
compares name with itself and returns every user (should be only the user called "name").
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


def quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


class Users:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def add(self, name: str, email: str) -> User:
        cursor = self.connection.execute(
            f"INSERT INTO users (name, email) VALUES ({quoted(name)}, {quoted(email)})"
        )
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return self._users(f"SELECT {COLUMNS} FROM users WHERE name = {quoted(name)} ORDER BY id")

    def names_starting_with(self, prefix: str) -> list[User]:
        return self._users(
            f"SELECT {COLUMNS} FROM users WHERE substr(name, 1, ?) = ? ORDER BY id",
            len(prefix),
            prefix,
        )

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.execute(
            f"UPDATE users SET name = {quoted(new_name)} WHERE id = ?", (user_id,)
        )
        return cursor.rowcount == 1

    def _users(self, sql: str, *parameters: object) -> list[User]:
        return [User(*row) for row in self.connection.execute(sql, parameters)]
