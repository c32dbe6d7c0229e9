"""Cheat: believes `d |= other` on a dict builds a new dict, like `d = d | other`.

Sets and lists are right, but dict.__ior__ (Python 3.9+) updates the dict in
place, just as set.__ior__ does: the caller sees the new key.
"""

PREDICTIONS: dict[str, object] = {
    "list_plus_equals": [0, 1],
    "list_concat": [0],
    "tuple_plus_equals": (0,),
    "str_plus_equals": "hi",
    "rebind_then_append": [0],
    "tuple_item_plus_equals": ([0, 1],),
    "tuple_item_plus_equals_raises": TypeError,
}


def caller_sees_change(value: object, operation: str) -> bool:
    """True if `def f(x): <operation>`, called as f(value), changes the caller's value."""
    if operation == "x |= y":
        return isinstance(value, set)
    in_place = {"x += y", "x.append(y)", "x[k] = y"}
    return isinstance(value, (list, set, dict)) and operation in in_place
