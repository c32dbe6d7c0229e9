"""Blind cheat: switches to a process pool but keeps the platform's default start method, which is
"fork" on Linux (before 3.14), not the "spawn" the brief asks for.

Differs: on Linux, the workers of parallel_map(count_and_report, [2000, 3000]) are forked
(multiprocessing start method "fork"), copying any lock another thread holds.
"""

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    with ProcessPoolExecutor(max_workers=2) as pool:  # processes: one GIL each
        return list(pool.map(work, jobs))
