import os

from .crunch import parallel_map
from .primes import count_and_report, count_primes


def test_results_come_back_in_the_order_of_the_jobs():
    assert parallel_map(count_primes, [10_000, 10, 1000, 100]) == [1229, 4, 168, 25]


def test_the_work_runs_outside_the_test_process():
    reports = parallel_map(count_and_report, [2000, 3000])
    assert [report.primes for report in reports] == [303, 430]
    inside = [report for report in reports if report.pid == os.getpid()]
    assert not inside, (
        f"{len(inside)} of 2 jobs ran in the test's own process: its threads share one GIL, "
        "so pure-Python work gets one core however many threads there are"
    )
