"""Blind cheat: who_booked() returns the stored list itself, so a caller editing the answer
edits the bookings.

Differs: b = new_bookings(); book(b, "Red", "mon", "ana"); who_booked(b, "Red",
"mon").append("x") -> b["Red"]["mon"] == ["ana", "x"].
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    return bookings.get(room, {}).get(day, [])


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not who_booked(bookings, room, day)


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(bookings.get(room, {}))
