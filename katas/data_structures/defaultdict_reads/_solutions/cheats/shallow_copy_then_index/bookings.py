"""Blind cheat: reads from bookings.copy(), which is shallow: the inner day dicts are shared and
still get free days inserted.

Differs: b = new_bookings(); book(b, "Red", "mon", "ana"); who_booked(b, "Red", "tue") ->
b["Red"] gains "tue": [].
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    view = bookings.copy()  # look at a copy so the real bookings stay as they are
    return list(view[room][day])


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not who_booked(bookings, room, day)


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(bookings.copy()[room])
