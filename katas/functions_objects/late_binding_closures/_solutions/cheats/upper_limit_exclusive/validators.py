"""Blind cheat: rewrites the check with range(shortest, longest), so the longest length is refused
(the limits are both included).

Differs on: make_validators({"username": (3, 20)})["username"]("a" * 20) -> correct None,
this returns 'username: at most 20 characters'.
"""

from collections.abc import Callable

Rules = dict[str, tuple[int, int]]
Validator = Callable[[str], str | None]


def check_length(value: str, field: str, shortest: int, longest: int) -> str | None:
    if len(value) in range(shortest, longest):
        return None
    if len(value) < shortest:
        return f"{field}: at least {shortest} characters"
    return f"{field}: at most {longest} characters"


def make_validator(field: str, shortest: int, longest: int) -> Validator:
    return lambda value: check_length(value, field, shortest, longest)


def make_validators(rules: Rules) -> dict[str, Validator]:
    return {
        field: make_validator(field, shortest, longest)
        for field, (shortest, longest) in rules.items()
    }
