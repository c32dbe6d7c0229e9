"""Blind cheat: acquires inside the try, so when pool.acquire() fails the finally touches an unbound
name and UnboundLocalError replaces the pool's own error.

Differs on: a pool whose acquire() raises TimeoutError("pool exhausted"): a correct
solution propagates that TimeoutError; this raises UnboundLocalError (with the
TimeoutError only as __context__).
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
