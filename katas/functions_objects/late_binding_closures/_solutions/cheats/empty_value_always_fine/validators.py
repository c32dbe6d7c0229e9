"""Blind cheat: fixes the late binding but reads "an empty bio is fine" as "an empty field is
always fine", skipping the rule for "".

Differs on: make_validators({"username": (3, 20)})["username"]("") -> correct
'username: at least 3 characters', this returns None.
"""

from collections.abc import Callable

Rules = dict[str, tuple[int, int]]
Validator = Callable[[str], str | None]


def check_length(value: str, field: str, shortest: int, longest: int) -> str | None:
    if not value:  # nothing typed yet: optional fields stay quiet
        return None
    if len(value) < shortest:
        return f"{field}: at least {shortest} characters"
    if len(value) > longest:
        return f"{field}: at most {longest} characters"
    return None


def make_validators(rules: Rules) -> dict[str, Validator]:
    return {
        field: lambda value, field=field, shortest=shortest, longest=longest: check_length(
            value, field, shortest, longest
        )
        for field, (shortest, longest) in rules.items()
    }
