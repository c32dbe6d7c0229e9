"""Blind cheat: readers set bookings.default_factory = None to stop inserts, which breaks book()
for new rooms afterwards.

Differs: b = new_bookings(); is_free(b, "Blue", "tue"); book(b, "Blue", "tue", "ana") ->
KeyError (should book).
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def _look(bookings: Bookings, room: str) -> dict[str, list[str]]:
    bookings.default_factory = None  # a missing room now raises instead of being added
    try:
        return bookings[room]
    except KeyError:
        return {}


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    return list(_look(bookings, room).get(day, []))


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not who_booked(bookings, room, day)


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(_look(bookings, room))
