"""Cheat: refuses a width below 1, but not one over MAX_WIDTH.

Differs: thumbnail_key("x", 1025) -> "thumbs/1025/x" (should raise ValueError).
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
    if width < 1:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    target = thumbnail_key(key, width)
    if await asyncio.to_thread(storage.exists, target):
        return target
    original = await asyncio.to_thread(storage.get, key)
    small = await asyncio.get_running_loop().run_in_executor(cpu_pool, render, original, width)
    await asyncio.to_thread(storage.put, target, small)
    return target
