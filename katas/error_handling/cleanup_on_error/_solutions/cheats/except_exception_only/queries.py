"""Blind cheat: releases in `except Exception`, so KeyboardInterrupt, SystemExit and
asyncio.CancelledError skip the release and leak the connection.

Differs on: run_query(pool, q) where q raises KeyboardInterrupt(): a correct solution
releases the connection before Ctrl-C propagates; this leaves it checked out.
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
        result = query(connection)
    except Exception:
        pool.release(connection)
        raise
    pool.release(connection)
    return result
