"""Blind cheat: `trail = trail or []` throws away a caller's empty list, so it is not extended in
place.

Differs: mine = []; record("ana", "login", trail=mine) is mine -> False, and mine stays [].
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    trail = trail or []
    trail.append(f"{user} {action}")
    return trail
