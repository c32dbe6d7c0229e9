"""Does the caller see the change? Mutable vs immutable, in place vs rebinding.

Python never copies an argument: inside `def f(x)`, `x` is one more name for
the caller's object. The caller sees a change only if f changes that object;
binding `x` to a new object changes nothing outside f.

Part 1. Each snippet in snippets.py is called like this:

    a = <start>
    snippet(a)          # what does `a` hold now?

Write what `a` holds after the call in PREDICTIONS (and, for the last snippet,
the exception class the call raises, or None). Think first; the examples then
run the snippets and compare.

Part 2. caller_sees_change(value, operation) answers, without running
anything: called as f(value), does `def f(x): <operation>` change the caller's
value? It must reason from the kind of value and the operation: a test refuses
a rule that imports snippets or uses exec(), eval() and the like. Answer with
a bool, True or False.

    >>> caller_sees_change([1, 2], "x += y")
    True
    >>> caller_sees_change((1, 2), "x += y")
    False

    operation       the kinds of value it is asked about
    "x = y"         int, str, tuple, frozenset, list, set, dict
    "x = x + y"     int, str, tuple, list
    "x += y"        int, str, tuple, list
    "x |= y"        frozenset, set, dict
    "x.append(y)"   list
    "x[k] = y"      list (never empty, k is 0), dict (k is a new key)

`y` is always something new (see snippets.py), so every operation makes a
different value: the only question is whether it lands in the caller's object.

Right now PREDICTIONS holds placeholders, and caller_sees_change() treats
`x += y` as a rebinding, like `x = x + y`. For some types it is not.
"""

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... with what `a` holds after the call.
    "list_plus_equals": ...,  # a = [0], then x += [1]
    "list_concat": ...,  # a = [0], then x = x + [1]
    "tuple_plus_equals": ...,  # a = (0,), then x += (1,)
    "str_plus_equals": ...,  # a = "hi", then x += "!"
    "rebind_then_append": ...,  # a = [0], then x = []; x.append(1)
    "tuple_item_plus_equals": ...,  # a = ([0],), then x[0] += [1]
    # The exception class that last call raises (the test catches it), or None.
    "tuple_item_plus_equals_raises": ...,
}


def caller_sees_change(value: object, operation: str) -> bool:
    """True if `def f(x): <operation>`, called as f(value), changes the caller's value."""
    return operation in ("x.append(y)", "x[k] = y")  # TODO: is `x += y` always a rebinding?
