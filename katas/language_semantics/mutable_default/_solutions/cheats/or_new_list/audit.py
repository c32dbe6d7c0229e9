"""Cheat: `trail or []` tests truthiness, not "was a trail passed?".

A caller who passes an empty list gets a new list back instead: their own
trail stays empty and the event is lost to them.
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    trail = trail or []
    trail.append(f"{user} {action}")
    return trail
