"""Fake database servers for the tests. Read it, do not edit it: the tests use it."""

from __future__ import annotations

from types import TracebackType


class DatabaseError(Exception):
    """The server refused a query."""


class Server:
    """A database server that knows which of its connections are open.

    `fail` makes one operation fail: "connect", "fetch", "insert" (the first
    insert raises DatabaseError) or "interrupt" (Ctrl-C arrives during the
    first insert). `inserts_before_fail` lets that many inserts succeed first,
    and `fail_with` replaces the error raised. The error it raised is kept in
    `raised`.
    """

    def __init__(
        self,
        name: str,
        tables: dict[str, list[tuple[object, ...]]] | None = None,
        fail: str = "",
        inserts_before_fail: int = 0,
        fail_with: BaseException | None = None,
    ) -> None:
        self.name = name
        self.tables = {table: list(rows) for table, rows in (tables or {}).items()}
        self.fail = fail
        self.inserts_before_fail = inserts_before_fail
        self.fail_with = fail_with
        self.raised: BaseException | None = None
        self.open: list[str] = []  # the connections not closed yet
        self.problems: list[str] = []  # what the code did wrong
        self._opened = 0

    def connect(self) -> Connection:
        if self.fail == "connect":
            self._raise(ConnectionRefusedError(f"{self.name}: connection refused"))
        self._opened += 1
        name = f"{self.name} #{self._opened}"
        self.open.append(name)
        return Connection(self, name)

    def _raise(self, error: BaseException) -> None:
        self.fail = ""
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
        self.raised = error
        raise error


class Connection:
    """A connection to a Server. Close it when done: `with server.connect() as c:`."""

    def __init__(self, server: Server, name: str) -> None:
        self.server = server
        self.name = name
        self.closed = False

    def fetch_all(self, table: str) -> list[tuple[object, ...]]:
        self._check_open()
        if self.server.fail == "fetch":
            self.server._raise(DatabaseError(f'{self.server.name}: table "{table}" is locked'))
        return list(self.server.tables.get(table, []))

    def insert(self, table: str, row: tuple[object, ...]) -> None:
        self._check_open()
        if self.server.fail in ("insert", "interrupt") and self.server.inserts_before_fail:
            self.server.inserts_before_fail -= 1
        elif self.server.fail == "insert":
            self.server._raise(DatabaseError(f"{self.server.name}: duplicate key {row[0]!r}"))
        elif self.server.fail == "interrupt":
            self.server._raise(KeyboardInterrupt())
        self.server.tables.setdefault(table, []).append(row)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.server.open.remove(self.name)

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError(f"{self.name} is closed")

    def __enter__(self) -> Connection:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        # The safety net, as for files: an unclosed connection is closed when
        # it is freed, whenever that is. Counting on it is a bug.
        if not self.closed:
            problem = f"{self.name} was left open: the garbage collector closed it"
            self.server.problems.append(problem)
            self.close()
