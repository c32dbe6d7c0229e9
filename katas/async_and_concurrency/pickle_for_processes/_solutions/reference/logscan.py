"""Reference: a module-level function, given a path and a string, opens the file itself.

Both the function (by its importable name) and its arguments (plain data) pickle,
so each task can run in a freshly spawned worker process.
"""

from collections.abc import Sequence
from concurrent.futures import Executor


def count_in_file(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as log:
        return sum(needle in line for line in log)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    futures = [pool.submit(count_in_file, path, needle) for path in paths]
    return {path: future.result() for path, future in zip(paths, futures, strict=True)}
