"""Which pool runs a job: threads or processes?

The nightly job runner has a thread pool and a process pool. Every job comes
with a profile measured on one real run of it:

- wall_ms: how long the run took from start to finish (time.perf_counter);
- cpu_ms: how much of that the process spent computing (time.process_time).

The rest, wall_ms - cpu_ms, the job spent waiting: for a server, a disk, a
database. (0 <= cpu_ms <= wall_ms, and wall_ms > 0.) A Job is an immutable
value (the runner keeps jobs in sets), and the same job may be asked about
again with a new profile: each profile is judged on its own.

executor_for(job) picks the pool from what the job spends its time on:

- more than half of its wall time computing (cpu_ms * 2 > wall_ms): the job is
  CPU-bound, it goes to "processes". In threads, pure-Python work takes turns
  holding the GIL, so it runs on one core however many threads there are.
- otherwise it is IO-bound and goes to "threads": a waiting thread releases the
  GIL, so the waits overlap, and a thread costs far less than a process.

    >>> executor_for(Job("download invoices", wall_ms=4000, cpu_ms=150))
    'threads'
    >>> executor_for(Job("resize photos", wall_ms=900, cpu_ms=870))
    'processes'

Right now executor_for() sends every job that takes a second or more to the
processes and every quicker one to the threads: the download above gets a
process of its own, and the resize fights for the GIL. A slow job is not
always a computing one. Fix executor_for().
"""

from dataclasses import dataclass
from typing import Literal

Executor = Literal["threads", "processes"]


@dataclass(frozen=True)
class Job:
    name: str
    wall_ms: int  # start to finish
    cpu_ms: int  # of which computing; the rest is waiting


def executor_for(job: Job) -> Executor:
    # TODO: how long a job takes does not say what it spends that time on.
    return "processes" if job.wall_ms >= 1000 else "threads"
