"""Validators for a sign-up form, built from a table of length rules.

make_validators(rules) takes {field: (shortest, longest)} and returns one
validator per field. A validator takes the text typed into its field and
returns None when its length is within that field's limits (both included),
else an error message that names the field:

    >>> check = make_validators({"username": (3, 20), "password": (8, 64)})
    >>> check["username"]("ada") is None
    True
    >>> check["username"]("al")
    'username: at least 3 characters'
    >>> check["password"]("hunter2")
    'password: at least 8 characters'

A field name is any string; limits are whole numbers with 0 <= shortest <=
longest; a text's length is its number of characters, and the empty text is
checked like any other. Each validator keeps the rule it was made with:
changing `rules` afterwards (say, to build a stricter admin form from the same
table) does not change the validators already made, and neither does building
another form, with other rules for the same fields. make_validators() never
changes `rules`, and a validator gives the same answer however often it is called.

Right now every validator checks the last field's rule and names the last
field: "ada" is refused as a username with "password: at least 8 characters".
Work out what each lambda remembers of the loop, and when it reads it.
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
        # TODO: every validator checks the last rule. When does the lambda read these names?
        field: lambda value: check_length(value, field, shortest, longest)
        for field, (shortest, longest) in rules.items()
    }
