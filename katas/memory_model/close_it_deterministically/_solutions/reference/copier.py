"""Reference: one `with` statement for both connections.

Each connection is closed when the block is left, by return or by
exception, and if target.connect() fails, the source connection opened
before it is closed too. The exception then propagates unchanged.
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
    with source.connect() as src, target.connect() as dst:
        rows = src.fetch_all(table)
        if not rows:
            return 0
        for row in rows:
            dst.insert(table, row)
        return len(rows)
