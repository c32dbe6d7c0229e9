"""Cheat: passes the needle to the workers through a module-level global.

The parent sets NEEDLE, but a spawned worker imports this module afresh and
sees NEEDLE = "ERROR": any other needle is silently ignored. (Under fork it
can seem to work, until the pool's workers outlive one call.)
"""

from collections.abc import Sequence
from concurrent.futures import Executor

NEEDLE = "ERROR"


def count_in_file(path: str) -> int:
    with open(path, encoding="utf-8") as log:
        return sum(NEEDLE in line for line in log)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    global NEEDLE
    NEEDLE = needle
    futures = [pool.submit(count_in_file, path) for path in paths]
    return {path: future.result() for path, future in zip(paths, futures, strict=True)}
