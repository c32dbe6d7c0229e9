"""Cheat: collects every BaseException, so that "no failure is ever lost".

Broken lines are reported as they should be. But Ctrl-C, SystemExit or a
cancelled task raised while one line is parsed is noted as one more broken
line, and the load goes on with the next line: the user who pressed Ctrl-C
waits for the whole export, then gets a BaseExceptionGroup instead of the
KeyboardInterrupt itself.
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
    errors: list[BaseException] = []
    for number, line in enumerate(lines, start=1):
        try:
            users.append(parse_user(line))
        except BaseException as error:  # every failure, whatever it is
            error.add_note(f"line {number}: {line!r}")
            errors.append(error)
    if errors:
        raise BaseExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
