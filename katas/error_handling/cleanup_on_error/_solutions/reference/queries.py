"""Reference: acquire outside the try; release on every way out, once.

A plain `finally: pool.release(connection)` is almost right, but when query()
raised and release() raises too, the release error replaces the query's. So
the error path releases in its own try, drops a release *error* (Ctrl-C and
cancellation still propagate), and re-raises query()'s exception with a bare
`raise`.
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
    except BaseException:
        try:
            pool.release(connection)
        except Exception:
            pass  # query()'s exception is the one the caller needs: it goes on below
        raise
    pool.release(connection)
    return result
