"""Blind cheat: handles Exception plus the two interrupts it knows (KeyboardInterrupt, SystemExit),
so a cancelled task (asyncio.CancelledError) or GeneratorExit leaks the connection.

Differs on: run_query(pool, q) where q raises asyncio.CancelledError(): a correct
solution releases the connection; this leaves it checked out.
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
    except (Exception, KeyboardInterrupt, SystemExit):
        pool.release(connection)
        raise
    else:
        pool.release(connection)
    return result
