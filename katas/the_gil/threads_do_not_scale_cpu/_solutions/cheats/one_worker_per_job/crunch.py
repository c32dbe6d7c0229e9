"""Blind cheat: starts one spawned worker process per job, not at most two.

Differs: parallel_map(count_and_report, [2000, 3000, 4000, 5000, 6000]) can run the jobs in five
different processes; at most two worker pids are allowed.
"""

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    workers = max(1, len(jobs))  # every job in flight at once
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(work, jobs))
