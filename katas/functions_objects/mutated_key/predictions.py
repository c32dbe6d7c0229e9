"""Keys that change after they go into a set, a dict or a list.

Point and Account (in snippets.py) can compare and hash on fields that can
still change. Put one in a container, change a field, then look for it: does
the container still find it?

Part 1. Each snippet in snippets.py builds a container of Points, moves a
point, and returns what Python says about it. Write in PREDICTIONS the value
each snippet returns, or, if it raises, the exception class (KeyError, say).
Think first; the examples then run the snippets and compare.

Part 2. still_found(container_kind, hashed_on, mutated_field) answers, without
running anything: an Account goes into a container (a "set", a "dict" as a
key, or a "list"), then one of its fields (number, owner or balance) gets a
new value. Is `account in container` still True?

    >>> still_found("set", ("number",), "balance")
    True
    >>> still_found("set", ("number", "balance"), "balance")
    False

`hashed_on` names the fields that __eq__ and __hash__ use (a tuple, in any
order), or is "identity": the class keeps object's own __eq__ and __hash__.
snippets.py holds the experiment, found_after_change(). The answer is a bool,
True or False. predictions.py must not import snippets.py or run its code:
reason it out.

Right now PREDICTIONS holds placeholders, and still_found() says a key is
always found, as if a container kept track of its objects whatever they do.
"""

PREDICTIONS: dict[str, object] = {
    # TODO: replace each ... with what the snippet returns, or the exception class it raises.
    "moved_point_in_set": ...,  # {p}, then p.x = 5: p in points
    "old_point_in_set": ...,  # {p}, then p.x = 5: Point(1, 2) in points
    "two_equal_points_in_a_set": ...,  # {a, b}, then a.x = 5 (now a == b): len(points)
    "moved_key_in_dict": ...,  # {p: "home"}, then p.x = 5: names[p]
    "moved_point_in_list": ...,  # [p], then p.x = 5: Point(5, 2) in points
    "moved_back_in_set": ...,  # {p}, then p.x = 5 and p.x = 1: p in points
}


def still_found(container_kind: str, hashed_on: tuple[str, ...] | str, mutated_field: str) -> bool:
    """True if `key in container` still finds the key after `mutated_field` changed."""
    return True  # TODO: how does a set look a key up, and when was its hash taken?
