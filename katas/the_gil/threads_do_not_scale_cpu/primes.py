"""The nightly job's work: pure-Python number crunching. Read it, do not edit it."""

import multiprocessing
import os
from dataclasses import dataclass


def count_primes(limit: int) -> int:
    """How many primes are below `limit`, by trial division: slow on purpose, all bytecode."""
    count = 0
    for n in range(2, limit):
        if all(n % divisor for divisor in range(2, int(n**0.5) + 1)):
            count += 1
    return count


@dataclass(frozen=True)
class Report:
    """What one call of count_and_report() saw: where it ran, and its answer."""

    pid: int
    start_method: str | None
    primes: int


def count_and_report(limit: int) -> Report:
    """count_primes(limit), plus the process it ran in and how that process was started.

    The tests give it to parallel_map() to see where the work runs. In a worker
    process, the start method is the one the pool used ("spawn", "fork", ...).
    """
    method = multiprocessing.get_start_method(allow_none=True)
    return Report(os.getpid(), method, count_primes(limit))


def count_each_and_report(limits: list[int]) -> Report:
    """count_and_report() for a job that is a list of limits: the primes below each, summed."""
    method = multiprocessing.get_start_method(allow_none=True)
    return Report(os.getpid(), method, sum(count_primes(limit) for limit in limits))
