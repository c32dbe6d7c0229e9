"""Alternative: qmark parameters throughout, a cursor per call, and the prefix tested by Python's
own str.startswith over the rows (fine for a support tool's few thousand users)."""

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    name: str
    email: str

    @classmethod
    def from_row(cls, row: tuple[int, str, str]) -> "User":
        return cls(*row)


def create_table(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL)"
    )


class Users:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def add(self, name: str, email: str) -> User:
        cursor = self.connection.cursor()
        cursor.execute("INSERT INTO users (name, email) VALUES (?, ?)", [name, email])
        return User(cursor.lastrowid or 0, name, email)

    def find_by_name(self, name: str) -> list[User]:
        cursor = self.connection.cursor()
        cursor.execute("SELECT id, name, email FROM users WHERE name = ? ORDER BY id", [name])
        return list(map(User.from_row, cursor.fetchall()))

    def names_starting_with(self, prefix: str) -> list[User]:
        cursor = self.connection.cursor()
        cursor.execute("SELECT id, name, email FROM users ORDER BY id")
        return [User.from_row(row) for row in cursor if row[1].startswith(prefix)]

    def rename(self, user_id: int, new_name: str) -> bool:
        cursor = self.connection.cursor()
        cursor.execute("UPDATE users SET name = ? WHERE id = ?", [new_name, user_id])
        return cursor.rowcount > 0
