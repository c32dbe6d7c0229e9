"""Blind cheat: makes __eq__ and __hash__ agree by switching both to lower(), so names equal under
casefold() are no longer equal.

Differs on: Tag("Straße") == Tag("STRASSE") -> correct True, this returns False (and the set keeps
both).
"""


class Tag:
    def __init__(self, name: str, color: str = "grey") -> None:
        self.name = name
        self.color = color

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name.lower() == other.name.lower()

    def __hash__(self) -> int:
        return hash(self.name.lower())

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
