"""Cheat: `finally` with contextlib.suppress(Exception) around the release.

The query's exception is never replaced. But a release that fails after a
query that returned is swallowed too: the caller gets its rows and never
learns that the connection did not go back to the pool.
"""

import contextlib
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
        with contextlib.suppress(Exception):
            pool.release(connection)
