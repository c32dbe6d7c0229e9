"""The fake backend the tests use. Read it, do not edit it."""

import asyncio
from collections.abc import Collection, Mapping


class FakeBackend:
    """Answers `<name>` after `turns[name]` turns of the event loop (1 unless told).

    Waiting is `await asyncio.sleep(0)`: the request gives the loop a turn, like
    a real one waiting for its socket. A name in `failing` raises ConnectionError
    instead of answering. The backend counts the requests in flight, and
    remembers the most that ever were at the same time.
    """

    def __init__(self, turns: Mapping[str, int] = {}, failing: Collection[str] = ()) -> None:
        self.turns = dict(turns)
        self.failing = set(failing)
        self.in_flight = 0
        self.most_in_flight = 0

    async def get(self, name: str) -> str:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            for _ in range(self.turns.get(name, 1)):
                await asyncio.sleep(0)
            if name in self.failing:
                raise ConnectionError(f"{name}: backend unavailable")
            return f"<{name}>"
        finally:
            self.in_flight -= 1
