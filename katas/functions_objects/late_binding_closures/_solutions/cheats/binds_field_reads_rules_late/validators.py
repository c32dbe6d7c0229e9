"""Blind cheat: binds only the field name as a default and looks its limits up in `rules` at call
time, so it still binds late.

Differs on: rules = {"username": (3, 20)}; check = make_validators(rules);
rules["username"] = (5, 20); check["username"]("ada") -> correct None,
this returns 'username: at least 5 characters'.
"""

from collections.abc import Callable

Rules = dict[str, tuple[int, int]]
Validator = Callable[[str], str | None]


def check_length(value: str, field: str, shortest: int, longest: int) -> str | None:
    if len(value) < shortest:
        return f"{field}: at least {shortest} characters"
    if len(value) > longest:
        return f"{field}: at most {longest} characters"
    return None


def make_validators(rules: Rules) -> dict[str, Validator]:
    return {
        field: lambda value, field=field: check_length(value, field, *rules[field])
        for field in rules
    }
