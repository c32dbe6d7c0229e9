"""Reference: a `None` default, replaced by a new list inside the call.

`if trail is None` tests identity, so a caller's empty list is still the one
that gets extended.
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    if trail is None:
        trail = []
    trail.append(f"{user} {action}")
    return trail
