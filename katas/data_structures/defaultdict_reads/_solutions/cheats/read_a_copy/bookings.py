"""Cheat: reads from bookings.copy(), so that the insert lands in the copy.

A copy is shallow: the rooms' inner defaultdicts are the same objects as in
`bookings`. An unknown room is inserted into the copy only, but an unknown day
of a known room is inserted into the shared inner dict, and shows up in the
export.
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    return list(bookings.copy()[room][day])


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not bookings.copy()[room][day]


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(bookings.copy()[room])
