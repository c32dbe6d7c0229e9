"""Blind cheat: rule says `+=` / `|=` always mutate, whatever the type (ignores tuple, str, int,
frozenset).

Differs: caller_sees_change((1, 2), "x += y") -> True (should be False); also frozenset with "x |=
y".
"""

PREDICTIONS: dict[str, object] = {
    "list_plus_equals": [0, 1],  # a = [0], then x += [1]
    "list_concat": [0],  # a = [0], then x = x + [1]
    "tuple_plus_equals": (0,),  # a = (0,), then x += (1,)
    "str_plus_equals": "hi",  # a = "hi", then x += "!"
    "rebind_then_append": [0],  # a = [0], then x = []; x.append(1)
    "tuple_item_plus_equals": ([0, 1],),  # a = ([0],), then x[0] += [1]
    "tuple_item_plus_equals_raises": TypeError,
}


def caller_sees_change(value: object, operation: str) -> bool:
    """True if `def f(x): <operation>`, called as f(value), changes the caller's value."""
    return operation in ("x += y", "x |= y", "x.append(y)", "x[k] = y")
