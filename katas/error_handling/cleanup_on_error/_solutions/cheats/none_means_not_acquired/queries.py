"""Cheat: starts with connection = None and releases only a connection that is not None.

It handles a failing acquire() and every way out of query(), and keeps the
query's exception when release() fails. But None is a value acquire() may
return like any other: that connection is never given back.
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
    connection = None
    try:
        connection = pool.acquire()
        return query(connection)
    except BaseException:
        if connection is not None:
            with contextlib.suppress(Exception):
                pool.release(connection)
            connection = None
        raise
    finally:
        if connection is not None:
            pool.release(connection)
