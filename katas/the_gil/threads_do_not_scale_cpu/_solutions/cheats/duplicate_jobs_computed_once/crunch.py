"""Blind cheat: computes each distinct job once and maps the results back through a dict,
so jobs must be hashable and equal jobs share one result object.

Differs: parallel_map(len, [[1, 2], [3]]) raises TypeError (unhashable list) instead of
returning [2, 1].
"""

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    distinct = list(dict.fromkeys(jobs))  # the same job twice is the same work
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        results = dict(zip(distinct, pool.map(work, distinct), strict=True))
    return [results[job] for job in jobs]
