"""The fake backend the tests use. Read it, do not edit it."""

import asyncio
from collections.abc import Mapping


class FakeBackend:
    """Answers a widget's request with `bodies[name]` after `turns[name]` turns of
    the event loop (1 unless told; 0 answers at once).

    Waiting is `await asyncio.sleep(0)`: the request gives the loop a turn, like
    a real one waiting for its socket. A name in `failing` raises a new error of
    the type given there instead of answering. The backend records every request
    it was asked (`asked`) and every error it raised (`raised`), counts the
    requests in flight, and remembers the most that ever were at the same time.
    """

    def __init__(
        self,
        bodies: Mapping[str, str],
        turns: Mapping[str, int] = {},
        failing: Mapping[str, type[Exception]] = {},
    ) -> None:
        self.bodies = dict(bodies)
        self.turns = dict(turns)
        self.failing = dict(failing)
        self.asked: list[str] = []
        self.raised: list[Exception] = []
        self.in_flight = 0
        self.most_in_flight = 0

    async def get(self, name: str) -> str:
        self.asked.append(name)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            for _ in range(self.turns.get(name, 1)):
                await asyncio.sleep(0)
            if name in self.failing:
                error = self.failing[name]("backend unavailable")
                self.raised.append(error)
                raise error
            return self.bodies[name]
        finally:
            self.in_flight -= 1
