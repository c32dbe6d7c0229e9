"""Blind cheat: treats a flag with an empty name as garbage and skips it.

Differs: parse_flags("=5") gives {} instead of {"": 5}.
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
            name = name.strip()
            value = parse_value(raw)
            if not name:
                continue
        flags[name] = value
    return flags
