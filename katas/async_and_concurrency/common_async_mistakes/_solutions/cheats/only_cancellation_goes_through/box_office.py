"""Cheat: still catches BaseException, and re-raises only asyncio.CancelledError.

Cancellation works, but anything else that is not an Exception (KeyboardInterrupt,
SystemExit, the payment client's Shutdown) is turned into a declined card: the
process cannot be stopped while a booking is paying.
"""

import asyncio
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
        paid = False
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except asyncio.CancelledError:
            raise
        except BaseException:
            paid = False  # the payment service is down: treat it as declined
        finally:
            if not paid:
                self.free += count
        return paid
