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
caller unchanged (the very same exception object, its __cause__ and
__context__ untouched): cleaning up must not hide it or replace it. If
pool.acquire() itself fails, there is nothing to give back, and its
exception propagates as it is.

release() is called exactly once for each connection acquire() gave, with
that very connection, which may be any object (None, 0 or "" too). If
release() itself raises an error (an Exception):
- after query() returned, that error propagates (the caller must learn that
  the connection did not go back), and the result is lost;
- after query() raised, query()'s exception still reaches the caller
  unchanged, and the release error is dropped (log it, or add a note
  about it to the query's exception, if you like): the real problem is the
  query's.
An exception from release() that is not an error (Ctrl-C, a cancelled task:
anything that is not an Exception) means "stop", and propagates either way.
run_query() returns query()'s result itself, whatever it is (None, 0 too).

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
