"""Blind cheat: keeps one semaphore per client across calls, sized by the first call's
limit, so a later limit is ignored.

Differs on the same shop crawled with limit=2, then with limit=5: the second
crawl still keeps at most 2 requests in flight instead of 5 (and after a
crawl with limit=10, a crawl with limit=3 sends 10 at once). Two crawls of
one client at once also share the slots, each getting fewer than its limit.
"""

import asyncio
import weakref
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


# The limit is the shop's, so the semaphore lives with the client: created once, not per call.
_slots_for: "weakref.WeakKeyDictionary[Client, asyncio.Semaphore]" = weakref.WeakKeyDictionary()


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    slots = _slots_for.setdefault(client, asyncio.Semaphore(limit))

    async def fetch(url: str) -> str:
        async with slots:
            return await client.get(url)

    return await asyncio.gather(*(fetch(url) for url in urls))
