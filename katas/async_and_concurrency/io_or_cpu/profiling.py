"""How a job's profile is measured. Read it, do not edit it: the tests use it."""

import time
from collections.abc import Callable


def measure(run: Callable[[], object]) -> tuple[int, int]:
    """Run once; return (wall_ms, cpu_ms): time passed, and time this process computed."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    wall_ms = round((time.perf_counter() - wall) * 1000)
    cpu_ms = round((time.process_time() - cpu) * 1000)
    return max(wall_ms, 1), min(cpu_ms, wall_ms)
