"""Reference: two spawned worker processes, each with its own interpreter and GIL.

pool.map() keeps the order of the jobs and re-raises a job's exception here.
"""

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        return list(pool.map(work, jobs))
