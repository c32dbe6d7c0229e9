"""Blind cheat: a job that computes for exactly half of its wall time goes to processes.

Differs on Job("half and half", wall_ms=100, cpu_ms=50): correct is "threads"
(cpu_ms * 2 > wall_ms is false), this returns "processes".
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
    # CPU-bound when at least half of the time is spent computing.
    return "processes" if job.cpu_ms * 2 >= job.wall_ms else "threads"
