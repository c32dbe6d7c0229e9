"""Blind cheat: thumbnail() builds the key inline and never validates width, so a bad width asks storage (KeyError / stores thumbs/0/...) instead of raising ValueError first.

Differs on: await thumbnail("cats/tom.gray", 0, storage, pool) -> renders and stores
"thumbs/0/cats/tom.gray" (or KeyError for a missing original) instead of ValueError.
"""

import asyncio
from concurrent.futures import Executor
from typing import Protocol

from .imaging import render

MAX_WIDTH = 1024


class Storage(Protocol):
    def exists(self, key: str) -> bool: ...
    def get(self, key: str) -> bytes: ...
    def put(self, key: str, data: bytes) -> None: ...


def thumbnail_key(key: str, width: int) -> str:
    if not 1 <= width <= MAX_WIDTH:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    # thumbnail_key is for the templates; here we just need the path
    target = f"thumbs/{width}/{key}"
    if await asyncio.to_thread(storage.exists, target):
        return target
    original = await asyncio.to_thread(storage.get, key)
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(cpu_pool, render, original, width)
    await asyncio.to_thread(storage.put, target, data)
    return target
