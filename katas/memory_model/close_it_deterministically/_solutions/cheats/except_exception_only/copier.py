"""Blind cheat: closes on return and in `except Exception`, so
KeyboardInterrupt/SystemExit/CancelledError during the copy leave both connections open.

Differs on: a target whose insert() raises KeyboardInterrupt: a correct solution closes
both connections before Ctrl-C reaches the caller; here both stay open.
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
    try:
        dst = target.connect()
    except Exception:
        src.close()
        raise
    try:
        rows = src.fetch_all(table)
        for row in rows:
            dst.insert(table, row)
    except Exception:
        src.close()
        dst.close()
        raise
    src.close()
    dst.close()
    return len(rows)
