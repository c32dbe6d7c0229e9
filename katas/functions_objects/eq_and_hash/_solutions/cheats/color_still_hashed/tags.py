"""Cheat: fixes the case, but still hashes the color, which __eq__ ignores.

Tag("a", color="grey") == Tag("a", color="blue"), yet they hash differently:
a set keeps both, and a dict lookup with the other color misses.
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
