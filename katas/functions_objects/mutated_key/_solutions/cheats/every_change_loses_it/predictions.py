"""Cheat: any change to a key loses it from a set or a dict.

"Never mutate a key" is good advice, but not the rule. The hash changes only
if the changed field is one __hash__ uses: change the balance of an account
hashed on its number and the set still finds it. And a class that keeps
object's own __hash__ hashes by identity, which no field change touches.
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
    return container_kind == "list"
