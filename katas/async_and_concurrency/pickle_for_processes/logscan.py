"""Count the error lines of log files, in a pool of worker processes.

count_matches(paths, pool, needle="ERROR") returns {path: how many lines of
that file contain needle}, for every path, and does the counting in `pool`,
an executor the caller owns. The files are UTF-8 text, one line per "\n"; a
line counts once however many times the non-empty needle appears in it, and
wherever (case matters: "error" is not "ERROR"). A path may be listed twice;
`paths` is left as it is. Every call reads the files as they are now: logs
grow between calls. In production that is a ProcessPoolExecutor with
the "spawn" start method (the default on macOS and Windows), and so it is in
the tests, on every OS:

    >>> spawn = multiprocessing.get_context("spawn")
    >>> with ProcessPoolExecutor(2, mp_context=spawn) as pool:
    ...     count_matches(["app.log", "db.log"], pool)
    {'app.log': 3, 'db.log': 0}

This code was written for a ThreadPoolExecutor, where it works. In a process
pool each task is pickled and sent to another Python interpreter: the function
by its importable name, the arguments by value. Right now every task fails
with "Can't pickle local object"; fix that and another error is waiting.
Change what is sent to the pool so that it can cross into another process.
"""

from collections.abc import Sequence
from concurrent.futures import Executor
from typing import TextIO


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    def count(log: TextIO) -> int:
        return sum(needle in line for line in log)

    logs = [open(path, encoding="utf-8") for path in paths]
    try:
        # TODO: a nested function and an open file: can another process receive them?
        futures = [pool.submit(count, log) for log in logs]
        return {path: future.result() for path, future in zip(paths, futures, strict=True)}
    finally:
        for log in logs:
            log.close()
