"""Blind cheat: strips the flag and the value but not the name, so "a =1" keeps a trailing space in the name.

Differs: parse_flags("retries = 3") gives {"retries ": 3} instead of {"retries": 3}.
"""

Flags = dict[str, bool | int | str]


def parse_value(value: str) -> int | str:
    value = value.strip()
    if value != "" and all(c in "0123456789" for c in value):
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
            name = name
            value = parse_value(raw)

        flags[name] = value
    return flags
