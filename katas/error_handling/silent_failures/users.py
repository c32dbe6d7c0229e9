"""Load the users of a JSON-lines export, one user per line.

load_users(lines) parses each line with parse_user() and returns the users in
order. Exports from another team have broken lines now and then: a line that
is not JSON, a user without an age, an age that is not a number. One broken
line must not hide the others, and must never pass unnoticed. So:

- load_users() always tries every line: it calls parse_user(line) (this
  module's, looked up when it runs) once for each line, in order; a blank
  line is a line like any other, and lines may repeat;
- if every line parsed, it returns the users, the very objects parse_user()
  returned, in order;
- if any failed (raised an Exception, of any kind), it raises one flat
  ExceptionGroup holding every failure, in line order: each is the very
  exception parse_user() raised, __cause__ and __context__ untouched, with
  one note (error.add_note) that starts with "line <n>", counting from 1;
- an exception that is not an Exception (Ctrl-C, SystemExit, a cancelled
  task) is not a broken line: it propagates at once, unchanged, and no
  further line is tried.
Each call stands alone (failures are never shared between lines or calls),
and `lines` is left as it was. What parse_user() accepts stays as it is:
json.loads(line), then data["name"] and int(data["age"]); only stop it from
hiding its failures.

    >>> load_users(['{"name": "ana", "age": 31}'])
    [User(name='ana', age=31)]
    >>> load_users(['{"name": "ana", "age": 31}', '{"name": "bo"}', 'cy,40'])
    Traceback (most recent call last):
      | ExceptionGroup: 2 of 3 user records are broken (2 sub-exceptions)
      +-+---------------- 1 ----------------
        | KeyError: 'age'
        | line 2: '{"name": "bo"}'
        +---------------- 2 ----------------
        | json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
        | line 3: 'cy,40'

The caller decides what to do: `except* KeyError`, or catch the group, report
every line at once, and ask for a fixed export.

Right now parse_user() turns every failure into None and load_users() drops
it, so an export whose lines are all broken loads as [], which looks exactly
like an export with no users.
"""

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    name: str
    age: int


def parse_user(line: str) -> User | None:
    """One user from a line like '{"name": "ana", "age": 31}'."""
    try:
        data = json.loads(line)
        return User(name=data["name"], age=int(data["age"]))
    except Exception:
        return None  # TODO: can the caller tell "no user" from "a broken line"?


def load_users(lines: list[str]) -> list[User]:
    users = []
    for line in lines:
        user = parse_user(line)
        if user is not None:
            users.append(user)
    return users
