"""The code predictions.py is about. Read it, do not edit it: the tests run it."""

from collections.abc import Callable
from typing import Any

# Part 1. Each snippet is called as `a = start; snippet(a)`, and the question is
# what `a` holds afterwards.


def list_plus_equals(x: Any) -> None:
    x += [1]


def list_concat(x: Any) -> None:
    x = x + [1]  # noqa: RUF005 (the point is `+`, a new list)


def tuple_plus_equals(x: Any) -> None:
    x += (1,)


def str_plus_equals(x: Any) -> None:
    x += "!"


def rebind_then_append(x: Any) -> None:
    x = []
    x.append(1)


def tuple_item_plus_equals(x: Any) -> None:
    x[0] += [1]


#: name -> (snippet, the caller's value `a` before the call)
SNIPPETS: dict[str, tuple[Callable[[Any], None], object]] = {
    "list_plus_equals": (list_plus_equals, [0]),
    "list_concat": (list_concat, [0]),
    "tuple_plus_equals": (tuple_plus_equals, (0,)),
    "str_plus_equals": (str_plus_equals, "hi"),
    "rebind_then_append": (rebind_then_append, [0]),
    "tuple_item_plus_equals": (tuple_item_plus_equals, ([0],)),
}

# Part 2. The operations caller_sees_change() is asked about, each the whole
# body of a function `f(x)` called as `f(value)`.

#: An item no test value holds: generated values only hold ints.
NEW = "new"


def new_part(x: Any) -> Any:
    """The `y` of "x = x + y", "x += y" and "x |= y": one new item, of x's own type."""
    parts: dict[type, object] = {
        int: 1,
        str: "!",
        tuple: (NEW,),
        list: [NEW],
        frozenset: frozenset({NEW}),
        set: {NEW},
        dict: {NEW: NEW},
    }
    return parts[type(x)]


def assign(x: Any) -> None:
    x = NEW  # noqa: F841 (ruff is right: the caller never sees this)


def concat(x: Any) -> None:
    x = x + new_part(x)


def plus_equals(x: Any) -> None:
    x += new_part(x)


def or_equals(x: Any) -> None:
    x |= new_part(x)


def append(x: Any) -> None:
    x.append(NEW)


def set_item(x: Any) -> None:
    key = 0 if isinstance(x, list) else NEW
    x[key] = NEW


#: operation -> (its code, the kinds of value it is asked about)
OPERATIONS: dict[str, tuple[Callable[[Any], None], tuple[type, ...]]] = {
    "x = y": (assign, (int, str, tuple, frozenset, list, set, dict)),
    "x = x + y": (concat, (int, str, tuple, list)),
    "x += y": (plus_equals, (int, str, tuple, list)),
    "x |= y": (or_equals, (frozenset, set, dict)),
    "x.append(y)": (append, (list,)),
    "x[k] = y": (set_item, (list, dict)),  # a list is never empty here; k is 0
}
