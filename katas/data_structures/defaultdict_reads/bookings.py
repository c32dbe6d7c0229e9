"""Meeting-room bookings, kept in a nested defaultdict.

bookings[room][day] is the list of people who booked that room on that day,
in booking order. new_bookings() makes an empty one and book() adds to it:
thanks to defaultdict, book() never has to set up a room or a day first. The
nightly export is json.dumps(bookings), so it must hold only what was booked.

who_booked(bookings, room, day) returns the people who booked (or []),
is_free(bookings, room, day) says whether nobody did, and busy_days(bookings,
room) returns the days the room is booked, sorted as str. Both return a new
list, which the caller may change. Looking is not booking: none of these three
changes `bookings`, whatever room or day it is asked about, and book() still
works after them. Rooms, days and people are any str; one person may book a
room twice. Every bookings made by new_bookings() is independent of the others.

    >>> bookings = new_bookings()
    >>> book(bookings, "Red", "mon", "ana")
    >>> who_booked(bookings, "Red", "mon"), is_free(bookings, "Blue", "tue")
    (['ana'], True)
    >>> json.dumps(bookings)
    '{"Red": {"mon": ["ana"]}}'

Right now the export also shows "Blue": {"tue": []}, a room nobody booked,
because is_free() looked at it. Work out what `d[key]` does on a defaultdict
when the key is missing, and make the three readers look without writing.
"""

from collections import defaultdict

Bookings = defaultdict[str, defaultdict[str, list[str]]]


def new_bookings() -> Bookings:
    return defaultdict(lambda: defaultdict(list))


def book(bookings: Bookings, room: str, day: str, who: str) -> None:
    bookings[room][day].append(who)


def who_booked(bookings: Bookings, room: str, day: str) -> list[str]:
    # TODO: what does bookings[room] do when nobody ever booked `room`?
    return list(bookings[room][day])


def is_free(bookings: Bookings, room: str, day: str) -> bool:
    return not bookings[room][day]


def busy_days(bookings: Bookings, room: str) -> list[str]:
    return sorted(bookings[room])
