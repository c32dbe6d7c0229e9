"""Cheat: puts pool.acquire() inside the try, with the release in `finally`.

Every query gives its connection back. But when acquire() itself fails (no
free connection within the timeout), `connection` was never bound: the
finally block raises UnboundLocalError, which replaces the pool's error, and
the caller is told about a bug in run_query() instead of a busy pool.
"""

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Pool(Protocol):
    """What run_query() needs from a connection pool."""

    def acquire(self) -> Any: ...

    def release(self, connection: Any) -> None: ...


def run_query(pool: Pool, query: Callable[[Any], T]) -> T:
    try:
        connection = pool.acquire()
        return query(connection)
    finally:
        pool.release(connection)
