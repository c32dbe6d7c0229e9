"""Blind cheat: checks the seats again after the payment, so the loser of a race has
already been charged.

Differs on BoxOffice(3).book("ada", 2) and book("bob", 2) at once: both are
charged (payments.charges has two entries), yet only one gets seats; correct
charges only the booking that gets the seats.
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
        if not paid:
            return False
        if self.free < count:  # someone else took the seats while we waited
            return False
        self.free -= count
        return True
