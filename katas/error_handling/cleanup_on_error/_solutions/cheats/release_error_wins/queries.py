"""Cheat: acquire before the try, release in a plain `finally`.

Every connection goes back, and Ctrl-C is covered. But when query() raised
and release() raises too, the release error leaves the finally block and
replaces the query's exception: the caller learns that a connection was
already closed, and never hears about the deadlock that caused it.
"""

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Pool(Protocol):
    """What run_query() needs from a connection pool."""

    def acquire(self) -> Any: ...

    def release(self, connection: Any) -> None: ...


def run_query(pool: Pool, query: Callable[[Any], T]) -> T:
    connection = pool.acquire()
    try:
        return query(connection)
    finally:
        pool.release(connection)
