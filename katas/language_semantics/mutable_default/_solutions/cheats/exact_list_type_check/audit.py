"""Blind cheat: `type(trail) is not list` replaces a caller's list subclass with a fresh list.

Differs: class Trail(list): pass; t = Trail(); record("a", "b", trail=t) is t -> False, t stays
empty.
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    if type(trail) is not list:
        trail = []
    trail.append(f"{user} {action}")
    return trail
