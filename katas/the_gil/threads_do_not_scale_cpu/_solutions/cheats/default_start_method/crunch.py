"""Cheat: a ProcessPoolExecutor with the platform's default start method.

On Linux (before Python 3.14) that is "fork": the workers are copies of the
parent, with any lock another thread held at that moment locked forever, and
code that only works because a worker inherited the parent's memory breaks on
macOS and Windows, which spawn. The prompt asks for spawn.
"""

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(work, jobs))
