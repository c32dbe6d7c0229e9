"""Cheat: binds the field name with a default argument, then looks its rule up when called.

Every example passes, because the examples never touch the table again. But
the lambda still reads `rules` late: when the caller changes the table after
building the form (a stricter password rule for the admin form), the sign-up
form's validators change too.
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
