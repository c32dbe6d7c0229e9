"""Run a query on a connection borrowed from a pool, and always give it back.

run_query(pool, query) takes a connection with pool.acquire(), calls
query(connection), gives the connection back with pool.release(connection),
and returns what query() returned:

    >>> run_query(pool, lambda connection: connection.execute("select 1"))
    [(1,)]

The pool holds a few connections. One that is not given back is lost for
good, and once all are lost every request waits for a connection that never
comes. So the connection goes back whatever happens in query(): a return, an
error, Ctrl-C, a cancelled task. Whatever query() raised then reaches the
caller unchanged: cleaning up must not hide it or replace it. If
pool.acquire() itself fails, there is nothing to give back, and its error
propagates as it is.

Right now a query that raises skips the release: after a few failed queries
the pool is empty, and the app hangs. Make the release impossible to skip.
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
    result = query(connection)
    pool.release(connection)  # TODO: when query() raises, is this line ever reached?
    return result
