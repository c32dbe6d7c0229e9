"""Cheat: hashes name.upper(), which agrees with casefold() on every example but not everywhere.

"ß" and "ẞ" (the capital sharp s) both casefold to "ss", so the tags are equal,
but "ß".upper() is "SS" while "ẞ".upper() is "ẞ": they hash apart, and a set
keeps both.
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
        return hash(self.name.upper())

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
