"""Blind cheat: remembers each path's count across calls (keyed by path only), so a
changed file or another needle gets a stale answer.

Differs on: count_matches([p], pool) for p = "ERROR a\n" -> {p: 1}; then
rewrite p as "ERROR a\nERROR b\n" (or call with needle="INFO"): correct is
{p: 2} (or {p: 0}), this returns {p: 1} again.
"""

from collections.abc import Sequence
from concurrent.futures import Executor

_counted: dict[str, int] = {}  # the same logs are scanned over and over: no need to re-send them


def count_in_file(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as log:
        return sum(needle in line for line in log)


def count_matches(paths: Sequence[str], pool: Executor, needle: str = "ERROR") -> dict[str, int]:
    futures = {
        path: pool.submit(count_in_file, path, needle) for path in paths if path not in _counted
    }
    for path, future in futures.items():
        _counted[path] = future.result()
    return {path: _counted[path] for path in paths}
