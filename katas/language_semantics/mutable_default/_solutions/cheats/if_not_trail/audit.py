"""Cheat: keeps the `[]` default and swaps it out when the trail is empty.

The shared default is never appended to any more, so default calls look fixed.
But `not trail` is also true for a caller's own empty list: that list is
swapped out too, and the caller never sees the event.
"""


def record(user: str, action: str, *, trail: list[str] = []) -> list[str]:
    if not trail:
        trail = []
    trail.append(f"{user} {action}")
    return trail
