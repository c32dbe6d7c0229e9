"""Reference: a semaphore of `limit` slots, held across each request.

gather() starts a task per URL and keeps the pages in the order of the URLs;
each task waits for a free slot before it sends its request, and gives the
slot back as soon as the reply arrives, so the next waiting task goes at once.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    slots = asyncio.Semaphore(limit)

    async def fetch(url: str) -> str:
        async with slots:
            return await client.get(url)

    return await asyncio.gather(*(fetch(url) for url in urls))
