"""Cheat: reserves the seats first, gives them back on a declined or failed payment only.

A cancelled booking ends cancelled as it should, but CancelledError is not an
Exception, so it skips the `except` that releases the seats: every cancelled
request keeps its seats reserved, and the concert sells out with empty chairs.
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
        self.free -= count
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except Exception:
            paid = False  # the payment service is down: treat it as declined
        if not paid:
            self.free += count
        return paid
