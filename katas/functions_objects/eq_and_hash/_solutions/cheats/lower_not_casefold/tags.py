"""Blind cheat: hashes name.lower() while __eq__ compares casefold(), so tags equal by casefold can
hash apart.

Differs on: Tag("Straße") == Tag("STRASSE") is True, but hash(Tag("Straße")) != hash(Tag("STRASSE"))
("straße" vs "strasse"), so len({Tag("Straße"), Tag("STRASSE")}) == 2 instead of 1.
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
