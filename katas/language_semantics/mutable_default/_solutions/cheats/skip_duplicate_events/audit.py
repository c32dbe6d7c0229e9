"""Blind cheat: refuses to append an event already in the trail (thinks repeats are the leak).

Differs: t = ["ana login"]; record("ana", "login", trail=t) -> ["ana login"] (should be two
entries).
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    if trail is None:
        trail = []
    event = f"{user} {action}"
    if event not in trail:  # no leaked repeats
        trail.append(event)
    return trail
