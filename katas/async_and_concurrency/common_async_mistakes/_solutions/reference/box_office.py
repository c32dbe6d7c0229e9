"""Reference: reserve the seats before the await, give them back if the payment does not go through.

The check and the update happen with no `await` between them, so no other
booking can run in between: no lock is needed, and payments still overlap.
`except Exception` lets CancelledError through, and `finally` gives the seats
back on every way out that is not a payment: declined, failed or cancelled.
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
        self.free -= count  # reserved: no await between the check and this line
        paid = False
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except Exception:
            paid = False  # the payment service is down: treat it as declined
        finally:
            if not paid:
                self.free += count  # declined, failed or cancelled: release the seats
        return paid
