"""Blind cheat: a repeated name is popped and re-added, so it moves to the end instead of keeping its first place.

Differs: list(parse_flags("a=1; b=2; a=3")) is ["b", "a"] instead of ["a", "b"].
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

        flags.pop(name, None)
        flags[name] = value
    return flags
