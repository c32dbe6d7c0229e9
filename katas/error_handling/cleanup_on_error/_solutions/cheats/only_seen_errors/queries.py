"""Blind cheat: releases only for the error types seen in the examples (ValueError, KeyError,
ArithmeticError); any other exception leaks the connection.

Differs on: run_query(pool, q) where q raises OSError("server closed the connection")
(or TypeError, RuntimeError, KeyboardInterrupt): a correct solution releases the
connection; this leaves it checked out.
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
    except (ValueError, KeyError, ArithmeticError):  # bad SQL, missing row, bad maths
        pool.release(connection)
        raise
    pool.release(connection)
    return result
