"""Blind cheat: memoises parse_user() per line text in a module-level dict, failures
included, and re-raises the cached exception object: repeated lines (in one call or
across calls) share one exception, whose notes pile up.

Differs on: load_users(["x", "x"]): the group should hold two distinct exceptions noted
"line 1" and "line 2"; here it holds the same object twice, carrying both notes.  Across
calls: load_users(["x"]) twice gives the second error the notes ["line 1...", "line 1..."].
"""

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    name: str
    age: int


_parsed: dict[str, "User | Exception"] = {}


def parse_user(line: str) -> User:
    """One user from a line like '{"name": "ana", "age": 31}'."""
    if line not in _parsed:  # exports repeat lines a lot: parse each text once
        try:
            data = json.loads(line)
            _parsed[line] = User(name=data["name"], age=int(data["age"]))
        except Exception as error:
            _parsed[line] = error
    result = _parsed[line]
    if isinstance(result, Exception):
        raise result
    return result


def load_users(lines: list[str]) -> list[User]:
    users, errors = [], []
    for number, line in enumerate(lines, start=1):
        try:
            users.append(parse_user(line))
        except Exception as error:
            error.add_note(f"line {number}: {line!r}")
            errors.append(error)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(lines)} user records are broken", errors)
    return users
