"""Cheat: releases in `except Exception`, then re-raises.

Errors give the connection back, but KeyboardInterrupt, SystemExit and
asyncio.CancelledError are not Exceptions: a cancelled request (a client
that hung up, a timeout in an async server) leaks its connection every time.
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
