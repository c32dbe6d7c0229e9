"""Cheat: only lists change, because the examples only use lists.

Wrong for sets and dicts, which are just as mutable: `x |= y` and `x[k] = y`
change the caller's set or dict.
"""

PREDICTIONS: dict[str, object] = {
    "list_plus_equals": [0, 1],  # list.__iadd__ extends the caller's list
    "list_concat": [0],  # x + [1] is a new list, bound to the local x only
    "tuple_plus_equals": (0,),  # tuples have no __iadd__: x = x + (1,)
    "str_plus_equals": "hi",  # same for str
    "rebind_then_append": [0],  # x names a new list before the append
    "tuple_item_plus_equals": ([0, 1],),  # the list is extended in place...
    "tuple_item_plus_equals_raises": TypeError,  # ...then x[0] = <it> fails
}


def caller_sees_change(value: object, operation: str) -> bool:
    return isinstance(value, list) and operation in ("x += y", "x.append(y)", "x[k] = y")
