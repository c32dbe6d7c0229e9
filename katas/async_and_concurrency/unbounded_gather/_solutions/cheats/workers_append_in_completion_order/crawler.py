"""Blind cheat: `limit` worker tasks fed from a queue, but each appends its page when it
arrives: completion order, not URL order.

Differs on urls ["/slow", "/fast"], limit=2, where /slow takes 50 ms and
/fast 1 ms: correct is ["page /slow", "page /fast"]; this returns
["page /fast", "page /slow"].
"""

import asyncio
from collections.abc import Sequence
from typing import Protocol


class Client(Protocol):
    async def get(self, url: str) -> str: ...


async def fetch_pages(urls: Sequence[str], client: Client, limit: int) -> list[str]:
    todo: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        todo.put_nowait(url)
    pages: list[str] = []

    async def worker() -> None:
        while not todo.empty():
            url = todo.get_nowait()
            pages.append(await client.get(url))

    async with asyncio.TaskGroup() as tg:
        for _ in range(min(limit, len(urls))):
            tg.create_task(worker())
    return pages
