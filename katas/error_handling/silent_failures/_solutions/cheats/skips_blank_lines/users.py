"""Blind cheat: skips blank lines ("a trailing newline is not a record"), so a blank or
whitespace-only line is silently dropped instead of reported, and later line numbers
still count it.

Differs on: load_users(["", '{"name": "ana", "age": 31}']): a correct solution raises an
ExceptionGroup with the JSONDecodeError of line 1; this returns [User('ana', 31)].
"""

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    name: str
    age: int


def parse_user(line: str) -> User:
    """One user from a line like '{"name": "ana", "age": 31}'."""
    data = json.loads(line)
    return User(name=data["name"], age=int(data["age"]))


def load_users(lines: list[str]) -> list[User]:
    users, errors = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue  # blank line, e.g. the newline at the end of the file
        try:
            users.append(parse_user(line))
        except Exception as error:
            error.add_note(f"line {number}: {line!r}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
