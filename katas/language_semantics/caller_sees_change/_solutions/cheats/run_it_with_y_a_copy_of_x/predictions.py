"""Blind cheat: rule just runs the operation, with y a copy of the value; `x |= x` on a set/dict
changes nothing.

Differs: caller_sees_change({1, 2}, "x |= y") -> False (should be True); same for a dict.
"""

import copy

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
    a = copy.deepcopy(value)
    body = operation.replace("x[k]", "x[0]" if isinstance(a, list) else "x['new']")
    namespace: dict[str, object] = {}
    exec(f"def f(x, y):\n    {body}\n", namespace)
    try:
        namespace["f"](a, copy.deepcopy(value))
    except Exception:
        pass
    return a != value
