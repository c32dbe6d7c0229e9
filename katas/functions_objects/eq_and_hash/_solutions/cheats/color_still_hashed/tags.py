"""Blind cheat: normalises the name in the hash but still hashes the color, which __eq__ ignores.

Differs on: Tag("Python", color="blue") == Tag("python"), yet their hashes differ, so
len({Tag("Python", color="blue"), Tag("python")}) == 2 instead of 1.
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
        return hash((self.name.casefold(), self.color))

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
