import json

from .bookings import book, busy_days, is_free, new_bookings, who_booked


def exported_rooms(bookings):
    """The rooms the nightly export writes, in its order."""
    return list(json.loads(json.dumps(bookings)))


def red_on_monday():
    bookings = new_bookings()
    book(bookings, "Red", "mon", "ana")
    book(bookings, "Red", "mon", "bo")
    return bookings


def test_who_booked_lists_people_in_booking_order():
    assert who_booked(red_on_monday(), "Red", "mon") == ["ana", "bo"]


def test_a_booked_room_is_not_free():
    assert not is_free(red_on_monday(), "Red", "mon")


def test_checking_a_free_room_does_not_add_it_to_the_export():
    bookings = red_on_monday()
    assert is_free(bookings, "Blue", "tue")
    assert exported_rooms(bookings) == ["Red"]


def test_asking_who_booked_a_free_room_does_not_add_it_to_the_export():
    bookings = red_on_monday()
    assert who_booked(bookings, "Blue", "tue") == []
    assert exported_rooms(bookings) == ["Red"]


def test_busy_days_are_sorted():
    bookings = red_on_monday()
    book(bookings, "Red", "fri", "cy")
    assert busy_days(bookings, "Red") == ["fri", "mon"]


def test_busy_days_of_a_room_nobody_booked():
    bookings = red_on_monday()
    assert busy_days(bookings, "Blue") == []
    assert exported_rooms(bookings) == ["Red"]
