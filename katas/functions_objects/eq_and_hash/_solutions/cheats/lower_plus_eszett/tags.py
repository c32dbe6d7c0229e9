"""Blind cheat: hashes lower() with the docstring's "ß" -> "ss" patched in, which is not casefold()
for other letters.

Differs on: Tag("ς") == Tag("σ") (both casefold to "σ"; also "ﬁ" vs "fi"), but their hashes
differ, so the set keeps both.
"""

# ruff: noqa: RUF002 (the Greek sigmas in the docstring are the point)


class Tag:
    def __init__(self, name: str, color: str = "grey") -> None:
        self.name = name
        self.color = color

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tag):
            return NotImplemented
        return self.name.casefold() == other.name.casefold()

    def __hash__(self) -> int:
        return hash(self.name.lower().replace("ß", "ss"))

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
