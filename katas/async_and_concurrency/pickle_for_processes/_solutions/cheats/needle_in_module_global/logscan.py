"""Blind cheat: the needle travels through a module global set in the parent, which a
spawned worker never sees.

Differs on count_matches([path], spawn_pool, needle="WARN") for a file with
"WARN slow\nERROR x\nERROR y\n": correct is {path: 1}; the spawned worker
re-imports the module, still has _NEEDLE == "ERROR", and returns {path: 2}.
"""

from collections.abc import Sequence
from concurrent.futures import Executor

_NEEDLE = "ERROR"


def count_in_file(path: str) -> int:
    with open(path, encoding="utf-8") as log:
        return sum(_NEEDLE in line for line in log)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    global _NEEDLE
    _NEEDLE = needle  # the workers read it from the module
    futures = [pool.submit(count_in_file, path) for path in paths]
    return {path: future.result() for path, future in zip(paths, futures, strict=True)}
