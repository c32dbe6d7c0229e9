"""Blind cheat: gathers the URLs in batches of `limit`, so every slot idles until the
slowest page of its batch is back.

Differs on limit=2 with urls [slow, fast1, fast2] where slow takes 100 ms and
the others 1 ms: correct sends fast2 as soon as fast1 is back (2 in flight
while slow loads); this waits for slow before sending fast2 (1 in flight).
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    pages: list[str] = []
    for start in range(0, len(urls), limit):
        batch = urls[start : start + limit]
        pages += await asyncio.gather(*(client.get(url) for url in batch))
    return pages
