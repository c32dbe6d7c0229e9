"""An exclusive, cross-process lock on the progress file, for read-modify-write.

Pure core: the standard library only. The lock is the operating system's own
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), taken on a sidecar
file ``<state>.lock`` that is never deleted (deleting a lock file lets two
writers lock two different files). The OS drops the lock when its process dies,
so a ``kill -9`` never leaves a stale lock behind.

Why the OS primitives rather than the ``filelock`` package: they are about forty
lines, and the plugin then needs no dependency beyond pytest, which the
learner's own projects would have to accept too.

Nothing here hangs: the lock is polled until a timeout, and a file system
without working locks (some network or FUSE mounts) is reported in one line, then
the write goes on unlocked, as it would have without this module.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

#: Seconds to wait for another writer; writers hold the lock for one read and one write.
TIMEOUT = 10.0
_POLL = 0.02
#: What a lock attempt raises while another process holds the lock.
_BUSY = {errno.EAGAIN, errno.EACCES, getattr(errno, "EWOULDBLOCK", errno.EAGAIN), errno.EDEADLK}


def lock_path(state: Path) -> Path:
    return state.with_name(f"{state.name}.lock")


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _acquire(fd: int, where: Path, timeout: float) -> str | None:
    """Take the lock; None once held, else the one line saying why it was not."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _try_lock(fd)
            return None
        except OSError as e:
            if e.errno not in _BUSY:
                return (
                    f"file locks do not work in {where.parent} ({e.strerror or e}); "
                    "progress was written without one, so a concurrent run could lose a change"
                )
        if time.monotonic() >= deadline:
            return (
                f"{where} stayed locked for {timeout:g} s (another pytest --katas writing?); "
                "progress was written without the lock"
            )
        time.sleep(_POLL)


@contextlib.contextmanager
def exclusive(state: Path, timeout: float = TIMEOUT) -> Iterator[str | None]:
    """Hold the lock of ``state`` for the ``with`` block.

    Yields None when the lock is held, else one line of warning (no working locks,
    or still busy after ``timeout`` seconds): the block then runs unlocked. When
    the lock file cannot even be created, the block runs unlocked and silently:
    the write that follows fails too, and says so itself.
    """
    where = lock_path(state)
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(where, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        fd = -1
    if fd < 0:
        yield None
        return
    try:
        problem = _acquire(fd, where, timeout)
        try:
            yield problem
        finally:
            if problem is None:
                with contextlib.suppress(OSError):
                    _unlock(fd)
    finally:
        os.close(fd)
