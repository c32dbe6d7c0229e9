"""The thumbnail service: one event loop, many requests at once.

thumbnail_key(key, width) is the storage key of the thumbnail of `key` at
`width` pixels: f"thumbs/{width}/{key}". `width` must be an int from 1 to
MAX_WIDTH, else it raises ValueError. It is a plain function: the page
templates, which are synchronous code, call it to build their links.

    >>> thumbnail_key("cats/tom.gray", 64)
    'thumbs/64/cats/tom.gray'

await thumbnail(key, width, storage, cpu_pool) makes sure the thumbnail is in
storage and returns its key. A thumbnail already stored is not made again.
Otherwise it reads the original (storage.get), resizes it with
imaging.render(), stores the result (storage.put) and returns the key. Errors
reach the caller: ValueError for a bad width (before storage is asked
anything), the storage client's own exception (KeyError for a missing
original), and render()'s CorruptImage (with its message) for data that is
not an image. It keeps no state: any number of calls may run at once.

The tools, each for its own kind of work:
  storage   the object store's blocking client (see fakes.Storage): each call
            waits for the network; it cannot be pickled.
  cpu_pool  a concurrent.futures.ProcessPoolExecutor (fakes.ProcessPool in the
            tests), for the CPU-bound render() and nothing else.

Someone ported this service to asyncio "for speed". Nothing got faster: the
resize is CPU-bound and the storage client blocks, so while one thumbnail is
made the event loop stalls and every other request waits; and the templates
now get a coroutine instead of a key. Give each job the tool that suits it.
"""

from concurrent.futures import Executor
from typing import Protocol

from .imaging import render

MAX_WIDTH = 1024


class Storage(Protocol):
    def exists(self, key: str) -> bool: ...
    def get(self, key: str) -> bytes: ...
    def put(self, key: str, data: bytes) -> None: ...


async def thumbnail_key(key: str, width: int) -> str:
    if not 1 <= width <= MAX_WIDTH:
        raise ValueError(f"width must be from 1 to {MAX_WIDTH}, not {width}")
    return f"thumbs/{width}/{key}"


async def thumbnail(key: str, width: int, storage: Storage, cpu_pool: Executor) -> str:
    # TODO: async made nothing faster here. Which job needs which tool?
    target = await thumbnail_key(key, width)
    if storage.exists(target):
        return target
    original = storage.get(key)
    storage.put(target, render(original, width))
    return target
