"""Cheat: explicit at last, but "digits" is decided by str.isdigit().

isdigit() says yes to "²" (and int() then raises ValueError, so the service
still crashes at startup), and to "٣" (and fullwidth digits), which int() turns into
numbers although they are not the digits 0 to 9: "level=٣" gives 3, not "٣".
"""

Flags = dict[str, bool | int | str]

ASCII_DIGITS = frozenset("0123456789")


def parse_value(value: str) -> int | str:
    if value.isdigit():
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
        flags[name.strip()] = parse_value(value.strip())
    return flags
