"""Alternative: a helper per flag built on str.partition, and a comprehension that states one rule.

isascii() and isdigit() together mean "only 0 to 9"; the dict built from the
(name, value) pairs keeps the last value at the first place, as a loop would.
"""

Flags = dict[str, bool | int | str]


def typed(value: str) -> int | str:
    return int(value) if value.isascii() and value.isdigit() else value


def parse_flag(part: str) -> tuple[str, bool | int | str]:
    name, equals, value = part.partition("=")
    if not equals:
        return name.strip(), True
    return name.strip(), typed(value.strip())


def parse_flags(text: str) -> Flags:
    parts = [part for part in text.split(";") if part.strip()]
    return dict(parse_flag(part) for part in parts)
