"""Cheat: hashes the lower-cased name, while __eq__ compares casefolded names.

They agree on ASCII, not everywhere: "ß".lower() is "ß" but "ß".casefold() is
"ss", so Tag("ß") == Tag("SS") and yet they hash differently, and a set keeps
both.
"""


class Tag:
    def __init__(self, name: str, color: str = "grey") -> None:
        self.name = name
        self.color = color

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name.casefold() == other.name.casefold()

    def __hash__(self) -> int:
        return hash(self.name.lower())

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
