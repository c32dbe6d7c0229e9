"""Reference: compare the job's computing time with its waiting time."""

from dataclasses import dataclass
from typing import Literal

Executor = Literal["threads", "processes"]


@dataclass(frozen=True)
class Job:
    name: str
    wall_ms: int  # start to finish
    cpu_ms: int  # of which computing; the rest is waiting


def executor_for(job: Job) -> Executor:
    waiting_ms = job.wall_ms - job.cpu_ms
    return "processes" if job.cpu_ms > waiting_ms else "threads"
