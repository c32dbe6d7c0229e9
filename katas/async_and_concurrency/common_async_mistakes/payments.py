"""The fake payment service the tests use. Read it, do not edit it."""

import asyncio
from collections.abc import Mapping

#: How many turns of the event loop a payment takes to answer.
TURNS = {"ok": 2, "slow": 4, "declined": 2, "down": 2}


class FakePayments:
    """Each user's payment behaves as `behaviour[user]` says ("ok" unless told):

    "ok" and "slow" go through (charge() returns True), "declined" returns
    False, "down" raises ConnectionError. Waiting for the answer is `await
    asyncio.sleep(0)`, once per turn. Only payments that went through are
    recorded, in `charges`, as (user, amount).
    """

    def __init__(self, behaviour: Mapping[str, str] = {}) -> None:
        self.behaviour = dict(behaviour)
        self.charges: list[tuple[str, int]] = []

    async def charge(self, user: str, amount: int) -> bool:
        how = self.behaviour.get(user, "ok")
        for _ in range(TURNS[how]):
            await asyncio.sleep(0)
        if how == "down":
            raise ConnectionError("payment service unavailable")
        if how == "declined":
            return False
        self.charges.append((user, amount))
        return True
