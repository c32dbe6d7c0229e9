"""Cheat: treats a failing exists() as "not stored" and makes the thumbnail anyway.

Differs: exists() raising OSError: the request goes on to get and put (should
raise the store's OSError at once).
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
    target = thumbnail_key(key, width)
    try:
        if await asyncio.to_thread(storage.exists, target):
            return target
    except Exception:
        pass  # the cache check failed: make the thumbnail again
    original = await asyncio.to_thread(storage.get, key)
    small = await asyncio.get_running_loop().run_in_executor(cpu_pool, render, original, width)
    await asyncio.to_thread(storage.put, target, small)
    return target
