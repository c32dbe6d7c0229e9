"""A box office that sells concert seats, many requests at a time.

BoxOffice(seats, payments) has `seats` seats to sell (0 or more), and `free`
says how many are left. The web server calls book(user, count) for every
request (count >= 1; one user may send several), many of them at once on one
event loop, and each office on the loop it was created on:

- not enough seats free: return False, charge nothing;
- else charge the user count * PRICE and, if the payment goes through, take
  the seats and return True;
- a declined payment (charge() returns False) or a failed one (charge() raises
  any Exception: ConnectionError, TimeoutError, a bug in the client...):
  return False, take no seats;
- a cancelled request (the user closed the page, so the server cancels its
  task): the cancellation goes through, the task ends cancelled, no seats are
  taken and nothing is charged. Anything else charge() raises that is not an
  Exception (KeyboardInterrupt, say) is not a failed payment either: the very
  same exception goes through book(), and no seats are taken.

Whatever the timing, no seat is sold twice and nobody pays for seats they did
not get.

    >>> office = BoxOffice(seats=3, payments=payments)
    >>> await office.book("ada", 2)
    True
    >>> office.free
    1

Right now book() makes two classic async mistakes:

- it reads `self.free`, awaits the payment, then writes `self.free` back. Two
  bookings of 2 seats that overlap both read 3, both pay, and both write 1:
  four seats sold out of three.
- `except BaseException` also catches asyncio.CancelledError: a cancelled
  booking returns False like a declined card, and its task cannot be
  cancelled at all.

Fix both.
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
        free = self.free
        if free < count:
            return False
        try:
            paid = await self.payments.charge(user, count * PRICE)
        except BaseException:  # TODO: what else, besides errors, is a BaseException?
            paid = False  # the payment service is down: treat it as declined
        if not paid:
            return False
        self.free = free - count  # TODO: `free` was read before the await. Is it still true?
        return True
