"""Reference: the defaultdict does the writing; the readers use .get(), which never inserts."""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    days: dict[str, list[str]] = bookings.get(room, {})
    return list(days.get(day, []))


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not who_booked(bookings, room, day)


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(bookings.get(room, {}))
