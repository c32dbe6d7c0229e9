"""Reference: a change reaches the caller only when a mutable value is changed in place."""

PREDICTIONS: dict[str, object] = {
    "list_plus_equals": [0, 1],  # list.__iadd__ extends the caller's list
    "list_concat": [0],  # x + [1] is a new list, bound to the local x only
    "tuple_plus_equals": (0,),  # tuples have no __iadd__: x = x + (1,)
    "str_plus_equals": "hi",  # same for str
    "rebind_then_append": [0],  # x names a new list before the append
    "tuple_item_plus_equals": ([0, 1],),  # the list is extended in place...
    "tuple_item_plus_equals_raises": TypeError,  # ...then x[0] = <it> fails
}

#: Kinds whose objects can change after they are made.
MUTABLE = (list, set, dict)
#: Operations that change the object `x` names instead of binding `x` to a new one
#: (on a mutable value; on an immutable one, `+=` and `|=` fall back to rebinding).
IN_PLACE = frozenset({"x += y", "x |= y", "x.append(y)", "x[k] = y"})


def caller_sees_change(value: object, operation: str) -> bool:
    """True if `def f(x): <operation>`, called as f(value), changes the caller's value."""
    return isinstance(value, MUTABLE) and operation in IN_PLACE
