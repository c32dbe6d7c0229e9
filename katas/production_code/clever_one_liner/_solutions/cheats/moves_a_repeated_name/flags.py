"""Cheat: a repeated name is removed and added again, so it moves to the end.

"beta; retries=1; beta=0" gives {"retries": 1, "beta": 0}: the right values,
but beta no longer comes first, where it first appeared.
"""

Flags = dict[str, bool | int | str]

ASCII_DIGITS = frozenset("0123456789")


def parse_value(value: str) -> int | str:
    if value and set(value) <= ASCII_DIGITS:
        return int(value)
    return value


def parse_flags(text: str) -> Flags:
    flags: Flags = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            flags[part] = True
            continue
        name, value = part.split("=", 1)
        flags.pop(name.strip(), None)
        flags[name.strip()] = parse_value(value.strip())
    return flags
