"""Cheat: connects inside the try, and closes both in `finally`.

When a connect() fails, the name it should have bound does not exist: the
finally block raises UnboundLocalError, which replaces the server's error,
and the caller is told about a bug in copy_table() instead of a refused
connection.
"""

from types import TracebackType
from typing import Protocol

Row = tuple[object, ...]


class Connection(Protocol):
    def fetch_all(self, table: str) -> list[Row]: ...

    def insert(self, table: str, row: Row) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> "Connection": ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


class Database(Protocol):
    def connect(self) -> Connection: ...


def copy_table(source: Database, target: Database, table: str) -> int:
    try:
        src = source.connect()
        dst = target.connect()
        rows = src.fetch_all(table)
        if not rows:
            return 0
        for row in rows:
            dst.insert(table, row)
        return len(rows)
    finally:
        src.close()
        dst.close()
