"""An audit trail: who did what, in order.

record(user, action) appends "user action" to a trail and returns the trail.
A caller that already keeps a trail passes it as `trail=`: that very list is
extended in place and returned, because the caller holds on to it and reads it
later. A caller that passes nothing gets a brand-new trail on every call:

    >>> record("ana", "login")
    ['ana login']
    >>> record("bo", "login")  # a new trail: nothing of ana's in it
    ['bo login']
    >>> mine: list[str] = []
    >>> record("ana", "logout", trail=mine) is mine
    True
    >>> mine
    ['ana logout']

user and action are any strings; the event is "user action", recorded on every
call (the same event twice is two entries). The caller's trail may be any
list, a list subclass included, and may start empty.

Right now the second call returns ['ana login', 'bo login']: events leak from
one call into the next. Work out when the default `[]` is created, then fix
record() so that both kinds of caller get what this docstring promises.
"""


# TODO: every call without `trail=` gets the same list. When is this `[]` built?
def record(user: str, action: str, *, trail: list[str] = []) -> list[str]:
    trail.append(f"{user} {action}")
    return trail
