"""Blind cheat: skips the pool when there is at most one job ("nothing to parallelize, and spawn is
slow"), so a single job runs in the caller's own process.

Differs: parallel_map(count_and_report, [2000])[0].pid == os.getpid(): the work ran in the
caller's process, not in a worker.
"""

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    if len(jobs) < 2:  # one job cannot run in parallel: save the process start-up
        return [work(job) for job in jobs]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        return list(pool.map(work, jobs))
