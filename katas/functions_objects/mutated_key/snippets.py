"""The code predictions.py is about. Read it, do not edit it: the tests run it."""

from collections.abc import Callable


class Point:
    """A point that compares and hashes on its coordinates, and can still be moved."""

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


# Part 1. Each snippet returns a value, or raises; what does Python do?


def moved_point_in_set() -> object:
    p = Point(1, 2)
    points = {p}
    p.x = 5
    return p in points


def old_point_in_set() -> object:
    p = Point(1, 2)
    points = {p}
    p.x = 5
    return Point(1, 2) in points


def two_equal_points_in_a_set() -> object:
    a, b = Point(1, 2), Point(5, 2)
    points = {a, b}
    a.x = 5  # now a == b
    return len(points)


def moved_key_in_dict() -> object:
    p = Point(1, 2)
    names = {p: "home"}
    p.x = 5
    return names[p]


def moved_point_in_list() -> object:
    points = [Point(1, 2)]
    points[0].x = 5
    return Point(5, 2) in points


def moved_back_in_set() -> object:
    p = Point(1, 2)
    points = {p}
    p.x = 5
    p.x = 1
    return p in points


#: name -> snippet, in the order of PREDICTIONS
SNIPPETS: dict[str, Callable[[], object]] = {
    "moved_point_in_set": moved_point_in_set,
    "old_point_in_set": old_point_in_set,
    "two_equal_points_in_a_set": two_equal_points_in_a_set,
    "moved_key_in_dict": moved_key_in_dict,
    "moved_point_in_list": moved_point_in_list,
    "moved_back_in_set": moved_back_in_set,
}

# Part 2. The experiment still_found() is asked about.

FIELDS = ("number", "owner", "balance")
CONTAINER_KINDS = ("set", "dict", "list")


class Account:
    """A bank account. Every field can change: a deposit changes the balance,
    a transfer of ownership the owner, a migration the number. This class keeps
    object's own __eq__ and __hash__: an account equals only itself."""

    def __init__(self, number: int, owner: int, balance: int) -> None:
        self.number = number
        self.owner = owner
        self.balance = balance

    def __repr__(self) -> str:
        return f"Account({self.number}, {self.owner}, {self.balance})"


def account_class(hashed_on: tuple[str, ...] | str) -> type[Account]:
    """Account itself for "identity", else an Account that compares and hashes on `hashed_on`."""
    if hashed_on == "identity":
        return Account

    class AccountByFields(Account):
        def _fields(self) -> tuple[int, ...]:
            return tuple(getattr(self, name) for name in hashed_on)

        def __eq__(self, other: object) -> bool:
            if not isinstance(other, AccountByFields):
                return NotImplemented
            return self._fields() == other._fields()

        def __hash__(self) -> int:
            return hash(self._fields())

    return AccountByFields


def found_after_change(
    container_kind: str, hashed_on: tuple[str, ...] | str, mutated_field: str
) -> bool:
    """Put an account in a container, change one field, and ask the container for it."""
    key = account_class(hashed_on)(number=1001, owner=7, balance=50)
    if container_kind == "set":
        container: set[Account] | dict[Account, str] | list[Account] = {key}
    elif container_kind == "dict":
        container = {key: "ana"}
    else:
        container = [key]
    # A new value for the field. These values are picked so that luck plays no
    # part: a dict checks `is` on the slot it probes before it compares hashes,
    # so about 1 time in 8 it still finds the very object under a changed hash
    # (hashed on ("balance",), try a new balance of 5). A set compares the stored
    # hash first, and never does.
    setattr(key, mutated_field, {"number": 1002, "owner": 8, "balance": 0}[mutated_field])
    return key in container
