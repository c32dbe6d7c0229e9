"""Blind cheat: one asyncio.Lock at class level, shared by every BoxOffice (and every event loop).

Differs on: two bookings at once in one asyncio.run() (the lock binds to that
loop), then two bookings at once on any BoxOffice in a second asyncio.run():
the waiting one raises RuntimeError (lock bound to a different event loop)
instead of returning True/False. It also makes bookings at unrelated offices
wait for each other's payments.
"""

import asyncio
from typing import Protocol

PRICE = 40


class Payments(Protocol):
    async def charge(self, user: str, amount: int) -> bool: ...


class BoxOffice:
    _lock = asyncio.Lock()  # created once, as the hint says

    def __init__(self, seats: int, payments: Payments) -> None:
        self.free = seats
        self.payments = payments

    async def book(self, user: str, count: int) -> bool:
        async with self._lock:
            if self.free < count:
                return False
            try:
                paid = await self.payments.charge(user, count * PRICE)
            except Exception:
                paid = False  # the payment service is down: treat it as declined
            if not paid:
                return False
            self.free -= count
            return True
