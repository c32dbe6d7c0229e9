"""Blind cheat: checks the room with `in` but still indexes the day, so asking about a free day
of a booked room inserts it.

Differs: b = new_bookings(); book(b, "Red", "mon", "ana"); is_free(b, "Red", "tue") -> b["Red"]
gains "tue": [], and busy_days lists "tue".
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    if room not in bookings:
        return []
    return list(bookings[room][day])


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return room not in bookings or not bookings[room][day]


def busy_days(bookings: Bookings, room: str) -> list[str]:
    if room not in bookings:
        return []
    return sorted(bookings[room])
