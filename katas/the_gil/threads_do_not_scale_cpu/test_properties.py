import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .crunch import parallel_map
from .primes import Report, count_and_report, count_each_and_report, count_primes


@contextmanager
def pools_made() -> Iterator[list[tuple[int, str]]]:
    """Record the size and the start method of every ProcessPoolExecutor made in the block."""
    made: list[tuple[int, str]] = []
    original = ProcessPoolExecutor.__init__

    def recording(self: ProcessPoolExecutor, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        made.append((self._max_workers, self._mp_context.get_start_method()))

    ProcessPoolExecutor.__init__ = recording  # type: ignore[method-assign]
    try:
        yield made
    finally:
        ProcessPoolExecutor.__init__ = original  # type: ignore[method-assign]


def seen(work: Callable[..., Report], jobs: list) -> dict[str, object]:
    """The results, where they were computed, and the pool that computed them."""
    given_jobs = [list(job) if isinstance(job, list) else job for job in jobs]
    with pools_made() as pools:
        reports = parallel_map(work, jobs)
    pids = {report.pid for report in reports}
    return {
        "results": [report.primes for report in reports],
        "ran in the test's process": os.getpid() in pids,
        "start method": sorted({str(report.start_method) for report in reports}),
        "worker processes": "at most 2" if len(pids) <= 2 else len(pids),
        # With no job, making no pool at all is fine too.
        "pools": [size_of(size, len(jobs)) for size, _ in pools] if jobs else "any",
        "pools' start methods": sorted({method for _, method in pools}) if jobs else "any",
        "jobs left as they were": jobs == given_jobs,
    }


def size_of(max_workers: int, jobs: int) -> str:
    """Two workers; fewer is fine only when there are fewer jobs than that."""
    return "2 workers" if min(2, jobs) <= max_workers <= 2 else f"{max_workers} workers"


def contract(work: Callable[..., Report], jobs: list) -> dict[str, object]:
    """What the prompt asks: the work's results, in order, computed by one pool of two
    spawned workers."""
    if work is count_each_and_report:
        results = [sum(count_primes(limit) for limit in job) for job in jobs]
    else:
        results = [count_primes(job) for job in jobs]
    return {
        "results": results,
        "ran in the test's process": False,
        "start method": ["spawn"] if jobs else [],
        "worker processes": "at most 2",
        "pools": ["2 workers"] if jobs else "any",
        "pools' start methods": ["spawn"] if jobs else "any",
        "jobs left as they were": True,
    }


limits = st.integers(-5, 3000)
jobs = st.one_of(
    st.tuples(st.just("count_and_report"), st.lists(limits, max_size=5)),
    st.tuples(st.just("count_each_and_report"), st.lists(st.lists(limits, max_size=3), max_size=4)),
)
WORK = {"count_and_report": count_and_report, "count_each_and_report": count_each_and_report}


# Each example starts worker processes (a few tenths of a second): a few are enough, and
# no shrinking (it would start many more).
@settings(parent=kata_settings, max_examples=3, phases=[Phase.explicit, Phase.generate])
@given(work_and_jobs=jobs)
@example(work_and_jobs=("count_and_report", [100, 200, 300, 400, 500]))  # still two workers
@example(work_and_jobs=("count_and_report", [2000]))  # one job runs in a worker too
@example(work_and_jobs=("count_each_and_report", [[10, 100], [10, 100], []]))  # lists, twice
def test_jobs_run_in_one_pool_of_two_spawned_workers(work_and_jobs):
    name, jobs = work_and_jobs
    work = WORK[name]
    assert_same(seen(work, jobs), contract(work, jobs), work=name, jobs=jobs)
