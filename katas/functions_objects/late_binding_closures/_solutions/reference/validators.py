"""Reference: a factory function, so each validator closes over its own call's names.

Each call of make_validator() is a new scope with its own `field`, `shortest`
and `longest`; the lambda in it reads them when it runs, and nothing ever
rebinds them. (Default arguments, `lambda value, field=field, ...:`, work too:
defaults are evaluated once, when the lambda is made.)
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


def make_validator(field: str, shortest: int, longest: int) -> Validator:
    return lambda value: check_length(value, field, shortest, longest)


def make_validators(rules: Rules) -> dict[str, Validator]:
    return {
        field: make_validator(field, shortest, longest)
        for field, (shortest, longest) in rules.items()
    }
