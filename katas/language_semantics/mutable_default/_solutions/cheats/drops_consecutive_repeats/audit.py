"""Cheat: the `None` default is right, but a repeat of the last event is dropped.

"A double click is not a second event": yet an audit trail must record every
call, so the same user doing the same action twice in a row appears twice.
"""


def record(user: str, action: str, *, trail: list[str] | None = None) -> list[str]:
    if trail is None:
        trail = []
    event = f"{user} {action}"
    if not trail or trail[-1] != event:
        trail.append(event)
    return trail
