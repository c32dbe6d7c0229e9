"""Blind cheat: collects only KeyError and ValueError, so a line like `null` or `[1]`
(TypeError) escapes bare at once and the later lines are never tried.

Differs on: load_users(["null", '{"name": "bo"}']): a correct solution raises an
ExceptionGroup of [TypeError (line 1), KeyError (line 2)]; this raises a bare TypeError.
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
        try:
            users.append(parse_user(line))
        except (KeyError, ValueError) as error:  # JSONDecodeError is a ValueError
            error.add_note(f"line {number}: {line!r}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
