"""Blind cheat: validates width with `not width or width > MAX_WIDTH`, so negative widths are accepted.

Differs on: thumbnail_key("cats/tom.gray", -5) returns 'thumbs/-5/cats/tom.gray' instead of ValueError.
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
    if not width or width > MAX_WIDTH:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    target = thumbnail_key(key, width)
    if await asyncio.to_thread(storage.exists, target):
        return target
    original = await asyncio.to_thread(storage.get, key)
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(cpu_pool, render, original, width)
    await asyncio.to_thread(storage.put, target, data)
    return target
