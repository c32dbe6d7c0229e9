"""Reference: __hash__ hashes exactly what __eq__ compares, the casefolded name.

Equal tags then always hash alike; the color, which __eq__ ignores, stays out.
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
        return hash(self.name.casefold())

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
