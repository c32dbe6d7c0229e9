"""Blind cheat: fixes only the paths the examples show (the empty table and the insert loop); a
failing fetch_all() (or a refused connect) leaves both connections open.

Differs on: a source whose fetch_all() raises: a correct solution closes both connections
before the error reaches the caller; here both stay open.
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
    rows = src.fetch_all(table)
    try:
        for row in rows:
            dst.insert(table, row)
    finally:
        src.close()
        dst.close()
    return len(rows)
