"""Blind cheat: decides on the container kind alone (a set or dict never finds a mutated key, a
list always does), which fits every example case.

Differs on: still_found("set", ("number",), "balance") -> correct True (the docstring's own
example), this returns False.
"""

PREDICTIONS: dict[str, object] = {
    "moved_point_in_set": False,  # {p}, then p.x = 5: p in points
    "old_point_in_set": False,  # {p}, then p.x = 5: Point(1, 2) in points
    "two_equal_points_in_a_set": 2,  # {a, b}, then a.x = 5 (now a == b): len(points)
    "moved_key_in_dict": KeyError,  # {p: "home"}, then p.x = 5: names[p]
    "moved_point_in_list": True,  # [p], then p.x = 5: Point(5, 2) in points
    "moved_back_in_set": True,  # {p}, then p.x = 5 and p.x = 1: p in points
}


def still_found(container_kind: str, hashed_on: tuple[str, ...] | str, mutated_field: str) -> bool:
    """True if `key in container` still finds the key after `mutated_field` changed."""
    return container_kind == "list"
