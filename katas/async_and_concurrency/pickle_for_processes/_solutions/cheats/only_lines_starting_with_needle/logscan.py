"""Blind cheat: counts only the lines that start with the needle (the level column of
the example logs).

Differs on a file holding "2024-05-01 ERROR disk full\n": correct is 1, this
returns 0.
"""

from collections.abc import Sequence
from concurrent.futures import Executor


def count_in_file(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as log:
        return sum(line.startswith(needle) for line in log)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    futures = [pool.submit(count_in_file, path, needle) for path in paths]
    return {path: future.result() for path, future in zip(paths, futures, strict=True)}
