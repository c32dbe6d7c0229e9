"""The fake payment service the tests use. Read it, do not edit it."""

import asyncio
from collections.abc import Mapping


class Shutdown(BaseException):
    """The payment client is being torn down under the booking (as KeyboardInterrupt
    or SystemExit would be): not a failed payment, so it is not an Exception."""


#: How each behaviour answers: after how many turns of the event loop, and what.
#: True: the payment goes through; False: declined; an exception class: raised.
BEHAVIOURS: dict[str, tuple[int, bool | type[BaseException]]] = {
    "ok": (2, True),
    "quick": (0, True),  # answers at once, without waiting
    "slow": (4, True),
    "declined": (2, False),
    "refused": (0, False),  # declined at once
    "down": (2, ConnectionError),
    "timeout": (3, TimeoutError),
    "broken": (1, ValueError),
    "aborted": (2, Shutdown),
}


class FakePayments:
    """Each user's payment behaves as `behaviour[user]` says ("ok" unless told),
    from BEHAVIOURS. Waiting for the answer is `await asyncio.sleep(0)`, once per
    turn. Every call is recorded in `attempts`, as (user, amount); the payments
    that went through in `charges`; every exception raised, the very object, in
    `raised`.
    """

    def __init__(self, behaviour: Mapping[str, str] = {}) -> None:
        self.behaviour = dict(behaviour)
        self.attempts: list[tuple[str, int]] = []
        self.charges: list[tuple[str, int]] = []
        self.raised: list[BaseException] = []

    async def charge(self, user: str, amount: int) -> bool:
        self.attempts.append((user, amount))
        turns, answer = BEHAVIOURS[self.behaviour.get(user, "ok")]
        for _ in range(turns):
            await asyncio.sleep(0)
        if isinstance(answer, type):
            error = answer(f"payment for {user} failed")
            self.raised.append(error)
            raise error
        if answer:
            self.charges.append((user, amount))
        return answer
