"""Alternative: the blocking steps as plain functions, each run in one worker thread;
the pool's future awaited through asyncio.wrap_future."""

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
    if width < 1 or width > MAX_WIDTH:
        raise ValueError(f"no thumbnails {width} pixels wide")
    return f"thumbs/{width}/{key}"


def original_unless_done(storage: Storage, key: str, target: str) -> bytes | None:
    """Blocking: None if the thumbnail is stored already, else the original."""
    if storage.exists(target):
        return None
    return storage.get(key)


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    target = thumbnail_key(key, width)
    original = await asyncio.to_thread(original_unless_done, storage, key, target)
    if original is not None:
        small = await asyncio.wrap_future(cpu_pool.submit(render, original, width))
        await asyncio.to_thread(storage.put, target, small)
    return target
