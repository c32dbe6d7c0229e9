"""Cheat: checks `room in bookings` first, and then reads bookings[room][day].

The outer defaultdict is safe now, but the inner one is a defaultdict too:
asking about a free day of a room that has other bookings inserts that day,
with an empty list, into the export and into busy_days().
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
    if room not in bookings:
        return True
    return not bookings[room][day]


def busy_days(bookings: Bookings, room: str) -> list[str]:
    if room not in bookings:
        return []
    return sorted(bookings[room])
