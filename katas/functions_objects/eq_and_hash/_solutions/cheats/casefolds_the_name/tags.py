"""Cheat: casefolds the name once, in __init__, so equality and hash agree trivially.

Sets and dicts now work, but the tag has lost the name as it was written:
Tag("Python").name is "python", and a post tagged "Straße" shows "strasse".
"""


class Tag:
    def __init__(self, name: str, color: str = "grey") -> None:
        self.name = name.casefold()
        self.color = color

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name == other.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
