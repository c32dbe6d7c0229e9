"""Blind cheat: computes the line number with lines.index(line) + 1, so a broken line
that appears more than once gets the number of its first occurrence every time.

Differs on: load_users(["x", "x"]): the second JSONDecodeError should be noted "line 2";
here both are noted "line 1".
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
    for line in lines:
        try:
            users.append(parse_user(line))
        except Exception as error:
            error.add_note(f"line {lines.index(line) + 1}: {line!r}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
