"""Cheat: strips each flag, but not the name and the value around the "=".

"a = 1" gives {"a ": " 1"} (should be {"a": 1}): the spaces the docstring
says do not count end up inside the name and the value.
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
        flags[name] = parse_value(value)
    return flags
