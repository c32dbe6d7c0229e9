"""Blind cheat: opens both connections before the try/finally, so when target.connect() is
refused the source connection is never closed (the traceback keeps it open).

Differs on: a target server that refuses connect(): a correct solution closes the source
connection before the error reaches the caller; here source.open still holds it.
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
    src = source.connect()
    dst = target.connect()
    try:
        rows = src.fetch_all(table)
        for row in rows:
            dst.insert(table, row)
        return len(rows)
    finally:
        src.close()
        dst.close()
