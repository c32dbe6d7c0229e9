"""Cheat: `limit` workers share a queue of URLs and append each page when it arrives.

The limit holds and no slot idles, but the pages are in the order the shop
answered, not the order of the URLs: as soon as one page is slower than the
next, they swap places.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    pages: list[str] = []

    async def worker() -> None:
        while not queue.empty():
            url = queue.get_nowait()
            pages.append(await client.get(url))

    await asyncio.gather(*(worker() for _ in range(limit)))
    return pages
