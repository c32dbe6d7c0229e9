"""Blind cheat: uses str.isdecimal() for "only 0 to 9", which accepts non-ASCII digits.

Differs: parse_flags("x=٣") gives {"x": 3} instead of {"x": "٣"}.
"""

Flags = dict[str, bool | int | str]


def parse_value(value: str) -> int | str:
    value = value.strip()
    if value.isdecimal():
        return int(value)
    return value


def parse_flags(text: str) -> Flags:
    flags: Flags = {}
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            name, value = part, True
        else:
            name, raw = part.split("=", 1)
            name = name.strip()
            value = parse_value(raw)

        flags[name] = value
    return flags
