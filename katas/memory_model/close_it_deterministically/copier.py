"""Copy a table from one database server to another.

copy_table(source, target, table) reads every row of `table` from the source
server, inserts them one by one into the same table on the target, and
returns how many rows it copied. It opens one connection to each server.
Both connections are closed by the time copy_table() returns or raises, on
every path, and whatever went wrong (a refused connection, a failed query,
Ctrl-C) reaches the caller unchanged:

    >>> copy_table(source, target, "users")
    2
    >>> source.open, target.open  # the servers' lists of open connections
    ([], [])

Any table name and any rows (non-empty tuples) may come; the source is only
read. An error can come from any connect(), fetch_all() or insert() (then the
rows inserted before it stay inserted), and be any BaseException: it reaches
the caller as the very same object. close() never raises.

Right now the connections are closed on the happy path only. For the other
paths the code counts on "a connection closes itself when it is freed", like
a file. In CPython that looks true after an early return; but a raised error
holds its traceback, the traceback holds copy_table()'s frame, and the frame
holds both connections: they stay open while the caller logs the error or
retries, and the server's connection limit runs out. Close them yourself,
on every path.
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
    if not rows:
        return 0  # TODO: "the connections close themselves when they are freed". When is that?
    for row in rows:
        dst.insert(table, row)
    src.close()
    dst.close()
    return len(rows)
