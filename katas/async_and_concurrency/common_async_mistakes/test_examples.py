import asyncio

import pytest

from .box_office import PRICE, BoxOffice
from .payments import FakePayments


def test_a_booking_takes_the_seats_and_charges_once():
    async def scenario():
        payments = FakePayments()
        office = BoxOffice(seats=3, payments=payments)
        assert await office.book("ada", 2) is True
        assert office.free == 1
        assert payments.charges == [("ada", 2 * PRICE)]

    asyncio.run(scenario())


def test_no_booking_without_enough_seats():
    async def scenario():
        payments = FakePayments()
        office = BoxOffice(seats=1, payments=payments)
        assert await office.book("ada", 2) is False
        assert office.free == 1
        assert payments.charges == []

    asyncio.run(scenario())


@pytest.mark.parametrize("payment", ["declined", "down"])
def test_a_failed_payment_takes_no_seats(payment):
    async def scenario():
        office = BoxOffice(seats=3, payments=FakePayments({"bob": payment}))
        assert await office.book("bob", 2) is False
        assert office.free == 3

    asyncio.run(scenario())


def test_two_bookings_at_once_never_oversell():
    async def scenario():
        office = BoxOffice(seats=3, payments=FakePayments())
        booked = await asyncio.gather(office.book("ada", 2), office.book("bob", 2))
        assert sorted(booked) == [False, True], f"both bookings of 2 seats out of 3: {booked}"
        assert office.free == 1

    asyncio.run(scenario())


def test_a_cancelled_booking_ends_cancelled():
    async def scenario():
        payments = FakePayments()
        office = BoxOffice(seats=3, payments=payments)
        task = asyncio.create_task(office.book("ada", 2))
        await asyncio.sleep(0)  # the booking starts and waits for the payment
        task.cancel()  # the user closed the page
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()
        assert payments.charges == []

    asyncio.run(scenario())
