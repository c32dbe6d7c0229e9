"""Blind cheat: bounds the fan-out with a semaphore of 10 (the shop's limit in the
prompt), ignoring the `limit` argument.

Differs on fetch_pages(urls, shop, limit=3) with 20 URLs: correct keeps 3 in
flight; this sends 10 at once and the shop answers TooManyRequests. With
limit=50 it uses only 10 of the 50 slots.
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


SHOP_LIMIT = 10  # the shop serves ten at a time


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    slots = asyncio.Semaphore(SHOP_LIMIT)

    async def fetch(url: str) -> str:
        async with slots:
            return await client.get(url)

    return await asyncio.gather(*(fetch(url) for url in urls))
