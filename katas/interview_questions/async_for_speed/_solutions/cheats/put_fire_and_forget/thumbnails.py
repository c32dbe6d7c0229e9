"""Blind cheat: stores the thumbnail in a fire-and-forget task, so thumbnail() returns the key before it is in storage (and put errors are lost).

Differs on: storage whose put is slow/raises: after `await thumbnail(...)` returns,
storage.exists(key) is still False (or the put's exception never reaches the caller).
"""

import asyncio
from concurrent.futures import Executor
from typing import Protocol

from .imaging import render

MAX_WIDTH = 1024

_background: set = set()


class Storage(Protocol):
    def exists(self, key: str) -> bool: ...
    def get(self, key: str) -> bytes: ...
    def put(self, key: str, data: bytes) -> None: ...


def thumbnail_key(key: str, width: int) -> str:
    if not 1 <= width <= MAX_WIDTH:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    target = thumbnail_key(key, width)
    if await asyncio.to_thread(storage.exists, target):
        return target
    original = await asyncio.to_thread(storage.get, key)
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(cpu_pool, render, original, width)
    # the write is not needed for the answer: don't make the caller wait for it
    write = loop.run_in_executor(None, storage.put, target, data)
    _background.add(write)
    write.add_done_callback(_background.discard)
    return target
