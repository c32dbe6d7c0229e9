"""Tags on blog posts, compared the way readers see them.

Tag(name, color="grey"): two tags are equal when their names are equal
ignoring case, as str.casefold() compares them (so "Straße" equals
"STRASSE"); the color only says how the tag is drawn and plays no part in
equality. A name and a color are any strings, the empty one too, and a tag
keeps both as written: Tag("Python").name is "Python". Tags go in sets and are
used as dict keys, so equal tags must hash alike. A tag is never equal to
anything that is not a Tag (__eq__ leaves that to the other object), and its
repr shows both fields:

    >>> Tag("Python") == "Python"
    False
    >>> Tag("Python")
    Tag('Python', color='grey')

    >>> Tag("Python") == Tag("python", color="blue")
    True
    >>> len({Tag("Python"), Tag("python"), Tag("PYTHON")})
    1
    >>> counts = {Tag("Python"): 3}
    >>> counts[Tag("python")]
    3

Right now __eq__ says those tags are equal, yet the set keeps all three and
the lookup raises KeyError. Work out what a set or a dict asks a key before it
ever calls __eq__, and make __hash__ agree with __eq__.
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
        return hash((self.name, self.color))  # TODO: do equal tags hash alike?

    def __repr__(self) -> str:
        return f"Tag({self.name!r}, color={self.color!r})"
