"""Spread the nightly job's number crunching over the machine's two cores.

parallel_map(work, jobs) returns [work(job) for job in jobs], in the order of
jobs, computing them in parallel. The work is CPU-bound, pure-Python code
(count_primes in primes.py); `work` is a module-level function and the jobs
are plain values, so both can be pickled. Jobs may repeat and need not be
hashable (lists, say); every job is computed, even a lone one, in a worker
process, never in the caller's, and `jobs` is left as it was.

The pool size is part of the contract: the nightly machine has two cores, so
parallel_map() uses one ProcessPoolExecutor with exactly two workers
(max_workers=2; fewer only when there are fewer jobs), whatever
os.cpu_count() says on the machine that runs it, and shuts it down before
returning.

    >>> parallel_map(count_primes, [10, 100, 1000])
    [4, 25, 168]

Right now it runs the calls on two threads, and the job takes as long as it
did with none (run `python bench.py` in this directory to see it). In CPython
only the thread holding the GIL runs bytecode, and pure-Python work never lets
go of it for long: two threads take turns on one core. Run the calls in
processes instead: each has its own interpreter and its own GIL. Use
concurrent.futures.ProcessPoolExecutor with two workers, started with
the "spawn" method (multiprocessing.get_context("spawn")): the default on
macOS and Windows, and the safe one, since "fork" copies the parent with any
lock another thread held at that moment, locked forever in the child.
"""

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")


def parallel_map(work: Callable[[Job], Result], jobs: Sequence[Job]) -> list[Result]:
    with ThreadPoolExecutor(max_workers=2) as pool:  # TODO: two threads, one GIL: one core.
        return list(pool.map(work, jobs))
