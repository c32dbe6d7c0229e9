"""A connection pool for the tests. Read it, do not edit it: the tests use it."""

from collections.abc import Sequence


class PoolExhausted(Exception):
    """Every connection is out, or lost."""


class FakePool:
    """A pool of connections that remembers which are out, and any misuse.

    Its connections are "connection 1", "connection 2", ... or, when given,
    the objects in `connections` (a connection may be any object: None, 0 or
    "" too). It knows them by identity, as a real pool knows its sockets.
    """

    def __init__(self, size: int = 2, connections: Sequence[object] | None = None) -> None:
        if connections is None:
            connections = [f"connection {n}" for n in range(1, size + 1)]
        self.free: list[object] = list(reversed(connections))
        self.out: list[object] = []
        self.problems: list[str] = []
        #: How many times release() was called.
        self.releases = 0
        #: Set it to make the next acquire() raise this exception.
        self.fail_next: BaseException | None = None
        #: Set it to make the next release() raise this exception; the connection is then lost.
        self.fail_next_release: BaseException | None = None

    def acquire(self) -> object:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        if not self.free:
            raise PoolExhausted(f"{len(self.out)} connections out, none free")
        connection = self.free.pop()
        self.out.append(connection)
        return connection

    def release(self, connection: object) -> None:
        self.releases += 1
        position = next((n for n, out in enumerate(self.out) if out is connection), None)
        if position is None:
            self.problems.append(f"release({connection!r}) of a connection that is not out")
            return
        if self.fail_next_release is not None:
            error, self.fail_next_release = self.fail_next_release, None
            raise error
        del self.out[position]
        self.free.append(connection)
