"""Reference: a set or a dict files a key under the hash it had when it went in.

Change a field the hash uses and a lookup computes a new hash, probes another
slot and misses; a list has no hashes, it compares items one by one.
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
    """True if `key in container` still finds the key after `mutated_field` changed."""
    if container_kind == "list":
        return True  # `in` on a list checks `is`, then ==, item by item: the key is there
    # A set or a dict: found if the hash did not change.
    return hashed_on == "identity" or mutated_field not in hashed_on
