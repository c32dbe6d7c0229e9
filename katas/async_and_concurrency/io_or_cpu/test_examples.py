import time

from .jobs import Job, executor_for
from .profiling import measure


def test_a_slow_download_waits_so_it_runs_in_a_thread():
    assert executor_for(Job("download invoices", wall_ms=4000, cpu_ms=150)) == "threads"


def test_a_quick_resize_computes_so_it_runs_in_a_process():
    assert executor_for(Job("resize photos", wall_ms=900, cpu_ms=870)) == "processes"


def test_a_long_training_run_computes_so_it_runs_in_a_process():
    assert executor_for(Job("train model", wall_ms=60_000, cpu_ms=59_000)) == "processes"


def test_a_health_check_waits_so_it_runs_in_a_thread():
    assert executor_for(Job("health check", wall_ms=30, cpu_ms=2)) == "threads"


def test_a_measured_wait_runs_in_a_thread():
    # Sleeping stands in for any wait: the clock runs, the CPU does not.
    wall_ms, cpu_ms = measure(lambda: time.sleep(0.05))
    assert executor_for(Job("ping the warehouse", wall_ms, cpu_ms)) == "threads"
