"""Blind cheat: deduplicates concurrent requests in a module-level dict keyed by the target key only, so concurrent calls on different storages share one job (state across calls).

Differs on: two concurrent thumbnail("cats/tom.gray", 4, s1, pool) and
thumbnail("cats/tom.gray", 4, s2, pool) with distinct stores: only one store gets
the thumbnail; the other call returns the key though its store holds nothing.
"""

import asyncio
from concurrent.futures import Executor
from typing import Protocol

from .imaging import render

MAX_WIDTH = 1024

_in_flight: dict[str, asyncio.Task] = {}


class Storage(Protocol):
    def exists(self, key: str) -> bool: ...
    def get(self, key: str) -> bytes: ...
    def put(self, key: str, data: bytes) -> None: ...


def thumbnail_key(key: str, width: int) -> str:
    if not 1 <= width <= MAX_WIDTH:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def _make(key, width, target, storage, cpu_pool):
    if await asyncio.to_thread(storage.exists, target):
        return target
    original = await asyncio.to_thread(storage.get, key)
    loop = asyncio.get_running_loop()
    data = await loop.run_in_executor(cpu_pool, render, original, width)
    await asyncio.to_thread(storage.put, target, data)
    return target


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    target = thumbnail_key(key, width)
    # many requests for the same thumbnail at once: make it only once
    task = _in_flight.get(target)
    if task is None:
        task = asyncio.ensure_future(_make(key, width, target, storage, cpu_pool))
        _in_flight[target] = task
        task.add_done_callback(lambda _t: _in_flight.pop(target, None))
    return await asyncio.shield(task)
