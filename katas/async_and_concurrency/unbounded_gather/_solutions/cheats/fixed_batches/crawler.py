"""Cheat: one gather() per batch of `limit` URLs.

The shop never sees more than `limit` requests, but each batch waits for its
slowest page: while it loads, the other slots sit idle instead of fetching the
next pages, and the crawl takes as long as the slowest page of every batch
added up.
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
