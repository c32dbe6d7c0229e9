"""Blind cheat: reserves before paying and gives the seats back on a declined or failed
payment, but not when the booking is cancelled.

Differs on: BoxOffice(3) book("ada", 2) cancelled while charge() waits: the
task ends cancelled, but office.free stays 1 instead of going back to 3.
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
        self.free -= count  # reserve before the await: nobody else can take them
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except Exception:
            paid = False  # the payment service is down: treat it as declined
        if not paid:
            self.free += count
            return False
        return True
