"""Cheat: checks the seats again after the payment, and takes them only if they are still free.

No seat is sold twice any more, but both overlapping bookings have paid by the
time the second one finds the seats gone: it returns False and keeps the money.
"""

from typing import Protocol

PRICE = 40


class Payments(Protocol):
    async def charge(self, user: str, amount: int) -> bool: ...


class BoxOffice:
    def __init__(self, seats: int, payments: Payments) -> None:
        self.free = seats
        self.payments = payments

    async def book(self, user: str, count: int) -> bool:
        if self.free < count:
            return False
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except Exception:
            paid = False  # the payment service is down: treat it as declined
        if not paid or self.free < count:
            return False
        self.free -= count
        return True
