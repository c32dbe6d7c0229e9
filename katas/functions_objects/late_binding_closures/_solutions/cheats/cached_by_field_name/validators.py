"""Blind cheat: caches the validators it makes by field name across calls, so a later form with a
new rule for the same field gets the old validator.

Differs on: make_validators({"username": (3, 20)}); then
make_validators({"username": (5, 8)})["username"]("ada") -> correct
'username: at least 5 characters', this returns None.
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


_made: dict[str, Validator] = {}  # a validator is pure: build each one once


def make_validator(field: str, shortest: int, longest: int) -> Validator:
    if field not in _made:
        _made[field] = lambda value: check_length(value, field, shortest, longest)
    return _made[field]


def make_validators(rules: Rules) -> dict[str, Validator]:
    return {
        field: make_validator(field, shortest, longest)
        for field, (shortest, longest) in rules.items()
    }
