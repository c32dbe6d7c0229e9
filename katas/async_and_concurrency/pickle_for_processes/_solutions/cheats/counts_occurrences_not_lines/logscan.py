"""Blind cheat: counts occurrences of the needle in the whole text, not lines that contain it.

Differs on a file holding "ERROR retry after ERROR\n": correct is 1 (one
line), this returns 2.
"""

from collections.abc import Sequence
from concurrent.futures import Executor


def count_in_file(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as log:
        return log.read().count(needle)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    futures = [pool.submit(count_in_file, path, needle) for path in paths]
    return {path: future.result() for path, future in zip(paths, futures, strict=True)}
