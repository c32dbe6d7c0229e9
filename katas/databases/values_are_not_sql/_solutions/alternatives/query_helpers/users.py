"""Alternative: module-level query helpers, named placeholders, instr() for the prefix, and a
rename that looks the user up first."""

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class User:
    id: int
    name: str
    email: str


def create_table(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL)"
    )


def select_users(connection: sqlite3.Connection, where: str, **values: Any) -> list[User]:
    """Users matching a WHERE clause written with :named placeholders, in id order."""
    rows = connection.execute(
        "SELECT id, name, email FROM users WHERE " + where + " ORDER BY id", values
    ).fetchall()
    return [User(id=row[0], name=row[1], email=row[2]) for row in rows]


class Users:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def add(self, name: str, email: str) -> User:
        cursor = self._connection.execute(
            "INSERT INTO users (name, email) VALUES (:name, :email)",
            {"name": name, "email": email},
        )
        assert cursor.lastrowid is not None
        return User(cursor.lastrowid, name, email)

    def find_by_name(self, name: str) -> list[User]:
        return select_users(self._connection, "name = :name", name=name)

    def names_starting_with(self, prefix: str) -> list[User]:
        return select_users(self._connection, "instr(name, :prefix) = 1", prefix=prefix)

    def rename(self, user_id: int, new_name: str) -> bool:
        exists = self._connection.execute(
            "SELECT 1 FROM users WHERE id = :id", {"id": user_id}
        ).fetchone()
        if exists is None:
            return False
        self._connection.execute(
            "UPDATE users SET name = :name WHERE id = :id", {"name": new_name, "id": user_id}
        )
        return True
