"""Cheat: applies the hash rule to every container, lists included.

Right for sets and dicts, wrong for lists: a list stores no hashes. `in`
walks the list and checks each item with `is`, then ==, so the very object is
found whatever its fields hold now.
"""

PREDICTIONS: dict[str, object] = {
    "moved_point_in_set": False,  # p is looked for under hash((5, 2)), filed under hash((1, 2))
    "old_point_in_set": False,  # right slot, but the point there now equals Point(5, 2)
    "two_equal_points_in_a_set": 2,  # the set never looks at a stored key again
    "moved_key_in_dict": KeyError,  # a dict looks keys up the same way
    "moved_point_in_list": True,  # a list compares every item with ==, no hash involved
    "moved_back_in_set": True,  # hash((1, 2)) again: the old slot, and the same object
}


def still_found(container_kind: str, hashed_on: tuple[str, ...] | str, mutated_field: str) -> bool:
    return hashed_on == "identity" or mutated_field not in hashed_on
