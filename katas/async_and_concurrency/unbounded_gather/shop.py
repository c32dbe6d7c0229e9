"""The shop's server and the network between you, faked for the tests. Read it, do not edit it."""

import asyncio
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

# Loop turns the crawl gets after each round of replies to send its next
# requests: far more than any sensible code needs to react to a reply.
SETTLE_TURNS = 30


class TooManyRequests(Exception):
    """HTTP 429: the shop already had `limit` requests in flight from this client."""


@dataclass
class Request:
    url: str
    due: int  # the tick its reply arrives
    turned_away: bool  # sent while `limit` others were in flight
    reply: asyncio.Event = field(default_factory=asyncio.Event)


class FakeShop:
    """A shop that serves at most `limit` requests from one client at a time.

    Time is a simulated clock. get(url) gets its reply `latency[url]` ticks
    after it was sent (1 unless told): the page, `pages[url]`; or, for a url in
    `failing`, a new error of the class given there; or TooManyRequests if
    `limit` requests were already in flight when it was sent. Every error it
    raises, the very object, is kept in `raised`.

    run(crawl) runs a crawl against the shop and returns (or raises) what it
    returns (or raises). Round after round, it sends the replies that are due,
    then gives the crawl time to send its next requests. The shop remembers the
    most requests ever in flight at once, and in `rounds`, before each round of
    replies, how many replies it had sent and how many requests were in flight.
    """

    def __init__(
        self,
        limit: int,
        pages: Mapping[str, str],
        latency: Mapping[str, int] = {},
        failing: Mapping[str, type[Exception]] = {},
    ) -> None:
        self.limit = limit
        self.pages = dict(pages)
        self.latency = dict(latency)
        self.failing = dict(failing)
        self.raised: list[Exception] = []
        self.now = 0
        self.in_flight: list[Request] = []
        self.most_in_flight = 0
        self.replies = 0
        self.rounds: list[tuple[int, int]] = []  # (replies sent so far, requests in flight)

    async def get(self, url: str) -> str:
        turned_away = len(self.in_flight) >= self.limit
        request = Request(url, self.now + self.latency.get(url, 1), turned_away)
        self.in_flight.append(request)
        self.most_in_flight = max(self.most_in_flight, len(self.in_flight))
        try:
            await request.reply.wait()
        finally:
            self.in_flight.remove(request)
        if request.turned_away:
            error: Exception = TooManyRequests(f"{url}: {self.limit} were already in flight")
        elif url in self.failing:
            error = self.failing[url](f"{url}: connection reset")
        else:
            return self.pages[url]
        self.raised.append(error)
        raise error

    def run(self, crawl: Coroutine[Any, Any, T]) -> T:
        return asyncio.run(self._serve(crawl))

    async def _serve(self, crawl: Coroutine[Any, Any, T]) -> T:
        task = asyncio.ensure_future(crawl)
        await settle()
        while not task.done():
            if not self.in_flight:
                task.cancel()
                raise RuntimeError("the crawl is stuck: it waits, with no request in flight")
            self.rounds.append((self.replies, len(self.in_flight)))
            self.now = min(request.due for request in self.in_flight)
            for request in self.in_flight:
                if request.due == self.now:
                    request.reply.set()
                    self.replies += 1
            await settle()
        return task.result()


async def settle() -> None:
    """Let every task that can run do so, until it waits again."""
    for _ in range(SETTLE_TURNS):
        await asyncio.sleep(0)
