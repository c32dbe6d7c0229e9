"""A connection pool for the tests. Read it, do not edit it: the tests use it."""


class PoolExhausted(Exception):
    """Every connection is out, or lost."""


class FakePool:
    """A pool of `size` connections that remembers which are out, and any misuse."""

    def __init__(self, size: int = 2) -> None:
        self.free = [f"connection {n}" for n in range(size, 0, -1)]
        self.out: list[str] = []
        self.problems: list[str] = []
        #: Set it to make the next acquire() raise this error.
        self.fail_next: Exception | None = None

    def acquire(self) -> str:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        if not self.free:
            raise PoolExhausted(f"{len(self.out)} connections out, none free")
        connection = self.free.pop()
        self.out.append(connection)
        return connection

    def release(self, connection: str) -> None:
        if connection not in self.out:
            self.problems.append(f"release({connection!r}) of a connection that is not out")
            return
        self.out.remove(connection)
        self.free.append(connection)
