import os

from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from pytest_senior_katas.kata import assert_same, kata_settings

from .crunch import parallel_map
from .primes import Report, count_and_report, count_primes


def seen(reports: list[Report]) -> dict[str, object]:
    """The results, and where they were computed."""
    pids = {report.pid for report in reports}
    return {
        "results": [report.primes for report in reports],
        "ran in the test's process": os.getpid() in pids,
        "start method": sorted({str(report.start_method) for report in reports}),
        "worker processes": "at most 2" if len(pids) <= 2 else len(pids),
    }


def contract(jobs: list[int]) -> dict[str, object]:
    """What the prompt asks: the work's results, computed in at most two spawned workers."""
    return {
        "results": [count_primes(job) for job in jobs],
        "ran in the test's process": False,
        "start method": ["spawn"] if jobs else [],
        "worker processes": "at most 2",
    }


# Each example starts worker processes (a few tenths of a second): a few are enough, and
# no shrinking (it would start many more).
@settings(parent=kata_settings, max_examples=3, phases=[Phase.explicit, Phase.generate])
@given(jobs=st.lists(st.integers(0, 3000), max_size=5))
@example(jobs=[100, 200, 300])  # three jobs, still two workers at most
def test_jobs_run_in_at_most_two_spawned_workers(jobs):
    assert_same(seen(parallel_map(count_and_report, jobs)), contract(jobs), jobs=jobs)
