"""See the GIL at work: run `python bench.py` in this directory (not a test).

It times four count_primes() jobs done one after another, then through
parallel_map() from crunch.py. With threads the two take about as long; with
two worker processes, on an otherwise idle machine with two cores or more,
parallel_map takes a little over half as long (starting the workers costs a
few tenths of a second).
"""

import time
from collections.abc import Callable

from crunch import parallel_map
from primes import count_primes

JOBS = [150_000] * 4


def timed(label: str, run: Callable[[], object]) -> None:
    start = time.perf_counter()
    run()
    print(f"{label:<26} {time.perf_counter() - start:5.2f} s")


# A spawned worker starts a fresh interpreter that imports this file again:
# the guard keeps it from running the benchmark itself.
if __name__ == "__main__":
    timed("one after another", lambda: [count_primes(job) for job in JOBS])
    timed("parallel_map (crunch.py)", lambda: parallel_map(count_primes, JOBS))
