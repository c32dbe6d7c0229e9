"""Blind cheat: treats only ConnectionError as a failed payment; any other Exception
from charge() escapes book().

Differs when charge() raises TimeoutError or RuntimeError("gateway 502"):
correct returns False with the seats free again; this raises the error.
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
        paid = False
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except ConnectionError:  # the payment service is down: treat it as declined
            paid = False
        finally:
            if not paid:
                self.free += count
        return paid
