"""Reference: acquire outside the try, release in `finally`: it runs on every way out."""

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
        pool.release(connection)
